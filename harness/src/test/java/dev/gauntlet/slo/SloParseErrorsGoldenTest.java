package dev.gauntlet.slo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gauntlet.scenario.ScenarioFiles;
import dev.gauntlet.scenario.Scenarios;
import dev.gauntlet.yaml.ScenarioException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every malformed objective in src/test/resources/slo/parse-errors.txt gives exactly its message. */
class SloParseErrorsGoldenTest {

  static final String TARGET = "target:\n  apps: [{app: dash}, {app: light}]\n";

  @TempDir
  Path root;

  record Case(String title, String slos, String expected) {

    @Override
    public String toString() {
      return title;
    }
  }

  static Stream<Case> cases() throws IOException, URISyntaxException {
    List<String> lines = Files.readAllLines(Path.of(SloParseErrorsGoldenTest.class.getResource("/slo/parse-errors.txt").toURI()));
    List<Case> cases = new ArrayList<>();
    String title = null;
    StringBuilder body = new StringBuilder();
    for (String line : lines) {
      if (line.startsWith("--- ")) {
        title = line.substring(4);
        body.setLength(0);
      } else if (line.startsWith("=> ")) {
        cases.add(new Case(title, body.toString(), line.substring(3)));
      } else if (title != null) {
        body.append(line).append('\n');
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachMalformedObjectiveGivesItsExactMessage(Case c) {
    ScenarioFiles files = new ScenarioFiles(root);
    files.write("slos/empty.yaml", "description: nothing here\n");
    files.write("slos/bad.yaml", "description: one bad objective\nobjectives:\n  - lost_sessions <= 1%\n");
    Path file = files.scenario(TARGET + c.slos());

    ScenarioException e = catchThrowableOfType(() -> Objectives.of(Scenarios.load(file)), ScenarioException.class);

    assertThat(e).as("no error for: " + c.title()).isNotNull();
    assertThat(e.getMessage().replace(ScenarioException.display(root.resolve("scenarios")) + "/", "")
        .replace(ScenarioException.display(root.resolve("slos")) + "/", "")).isEqualTo(c.expected());
  }
}
