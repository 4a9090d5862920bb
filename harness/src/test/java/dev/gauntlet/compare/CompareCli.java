package dev.gauntlet.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gauntlet.TestResources;
import dev.gauntlet.cli.Gauntlet;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Runs {@code gauntlet compare} through the real picocli command line; makes run dirs from the fixture summaries. */
final class CompareCli {

  private static final ObjectMapper JSON = new ObjectMapper();

  final Path root;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  CompareCli(Path root) {
    this.root = root;
  }

  int run(String... args) {
    return Gauntlet.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  /** stdout with the temp folder written as RUNS and line ends as \n, for golden files. */
  String out() {
    return out.toString().replace(root.toString(), "RUNS").replace(System.lineSeparator(), "\n");
  }

  static Path resource(String name) {
    return TestResources.path(name);
  }

  static String text(String name) {
    return TestResources.text(name);
  }

  /** A run directory {@code root/dir} whose summary.json is the fixture, edited by {@code edit}. */
  Path runDir(String dir, String fixture, Consumer<ObjectNode> edit) {
    try {
      ObjectNode summary = (ObjectNode) JSON.readTree(resource(fixture).toFile());
      edit.accept(summary);
      Path runDir = Files.createDirectories(root.resolve(dir));
      JSON.writerWithDefaultPrettyPrinter().writeValue(runDir.resolve("summary.json").toFile(), summary);
      return runDir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path runDir(String dir, String fixture) {
    return runDir(dir, fixture, s -> { });
  }
}
