package dev.gauntlet.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a scenario and its app specs into a temp project: scenarios/NAME.yaml, apps/*.yaml. */
public final class ScenarioFiles {

  public static final String DASH = "name: dash\nstartup: {cpu: 10ms, wait: 10ms}\nelements: 6\n"
      + "widgets:\n  - {key: n, kind: slider}\n  - {key: go, kind: button}\n";
  public static final String LIGHT = "name: light\nwidgets: [{key: n, kind: slider}]\n";
  /** An app spec with one widget of every kind, as apps/widgets.yaml has (written by the tests that need it). */
  public static final String WIDGETS = """
      name: widgets
      widgets:
        - {key: n, kind: slider}
        - {key: go, kind: button}
        - {key: flag, kind: checkbox}
        - {key: num, kind: number_input, type: float}
        - {key: count, kind: number_input, type: int}
        - {key: name, kind: text_input}
        - {key: pick, kind: selectbox, options: [red, green, blue]}
      """;

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
