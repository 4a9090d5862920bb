package dev.gauntlet.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a scenario and its app specs into a temp project: scenarios/NAME.yaml, apps/*.yaml. */
public final class ScenarioFiles {

  public static final String DASH = "name: dash\nstartup: {cpu: 10ms, wait: 10ms}\nelements: 6\n";
  public static final String LIGHT = "name: light\n";

  private final Path root;

  public ScenarioFiles(Path root) {
    this.root = root;
    write("apps/dash.yaml", DASH);
    write("apps/light.yaml", LIGHT);
  }

  public Path write(String relative, String text) {
    Path file = root.resolve(relative);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  public Path scenario(String text) {
    return write("scenarios/s.yaml", text);
  }
}
