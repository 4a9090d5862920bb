package dev.gauntlet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every scenario in scenarios/ passes {@code validate} (widgets against their app specs, chaos, objectives). */
class ShippedScenariosTest {

  static final Path SCENARIOS = Path.of(System.getProperty("gauntlet.home", "..")).resolve("scenarios");

  @Test
  void everyShippedScenarioValidates() throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(SCENARIOS)) {
      files = listed.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).extracting(p -> p.getFileName().toString()).contains("smoke.yaml", "widgets.yaml");
    for (Path file : files) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Gauntlet.run(new PrintWriter(out, true), new PrintWriter(err, true), "validate", file.toString());
      assertThat(code).as(file + ": " + err).isZero();
      assertThat(out.toString()).as(file.toString()).contains(": ok (");
    }
  }
}
