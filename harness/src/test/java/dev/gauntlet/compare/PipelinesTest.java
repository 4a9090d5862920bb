package dev.gauntlet.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gauntlet.cli.Gauntlet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The pipelines users copy (ci/*.yml): every {@code ./gauntlet} line parses with the real command line (no unknown
 * subcommand or option), every repo file it names exists, and the steps the contract asks for are there.
 */
class PipelinesTest {

  static Path repoRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (int up = 0; dir != null && up < 10; up++, dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("gauntlet")) && Files.isDirectory(dir.resolve("ci"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no repository root (a folder with gauntlet and ci/) above " + Path.of("").toAbsolutePath());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ci/nightly.yml", "ci/release-gate.yml", "ci/nightly-sharded.yml"})
  void everyGauntletLineParsesWithTheRealCommandLine(String file) throws IOException {
    List<List<String>> commands = PipelineCommands.gauntletCommands(repoRoot().resolve(file));

    assertThat(commands).extracting(c -> c.get(0))
        .contains(file.contains("sharded") ? new String[] {"run", "merge"} : new String[] {"gate", "compare"});
    for (List<String> args : commands) {
      List<String> parsed = new ArrayList<>(args);
      for (int i = 1; i < parsed.size(); i++) { // an expression stands for a value of the option's type
        if (parsed.get(i).equals(PipelineCommands.EXPRESSION)) {
          parsed.set(i, switch (parsed.get(i - 1)) {
            case "--url" -> "http://127.0.0.1:8501";
            case "--shard" -> "1/4";
            case "--seed" -> "1";
            default -> PipelineCommands.EXPRESSION;
          });
        }
      }
      CommandLine cli = new CommandLine(new Gauntlet());
      CommandLine.ParseResult result;
      try {
        result = cli.parseArgs(parsed.toArray(String[]::new));
      } catch (CommandLine.ParameterException e) {
        throw new AssertionError(file + ": ./gauntlet " + String.join(" ", args) + ": " + e.getMessage(), e);
      }
      assertThat(result.subcommand()).as("%s: ./gauntlet %s", file, String.join(" ", args)).isNotNull();
      assertThat(result.subcommand().unmatched()).as("%s: ./gauntlet %s", file, String.join(" ", args)).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ci/nightly.yml", "ci/release-gate.yml", "ci/nightly-sharded.yml"})
  void everyRepoFileTheyNameExists(String file) throws IOException {
    Path root = repoRoot();
    List<String> missing = new ArrayList<>();
    List<String> named = new ArrayList<>();
    for (List<String> args : PipelineCommands.gauntletCommands(root.resolve(file))) {
      for (String arg : args) {
        if (namesRepoFile(root, arg)) {
          named.add(arg);
          if (!Files.exists(root.resolve(arg))) {
            missing.add(arg);
          }
        }
      }
    }
    assertThat(named).as("%s names its scenario", file).anyMatch(a -> a.startsWith("scenarios/"));
    assertThat(missing).as("%s: files named but not in the repository", file).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ci/nightly.yml", "ci/release-gate.yml"})
  void theStepsPublishAndKeepTheReportEvenWhenTheGateFails(String file) throws IOException {
    List<JsonNode> steps = PipelineCommands.steps(repoRoot().resolve(file));

    JsonNode java = uses(steps, "actions/setup-java@").path("with");
    assertThat(List.of(java.path("java-version").asText(), java.path("distribution").asText(), java.path("cache").asText()))
        .containsExactly("17", "temurin", "maven");
    uses(steps, "actions/checkout@");
    for (String action : List.of("mikepenz/action-junit-report@", "actions/upload-artifact@",
        "dawidd6/action-download-artifact@")) {
      assertThat(uses(steps, action).path("if").asText()).as("%s: %s runs after a failed gate", file, action)
          .startsWith("always()");
    }
    assertThat(uses(steps, "mikepenz/action-junit-report@").path("with").path("report_paths").asText()).endsWith("/junit.xml");
    assertThat(uses(steps, "dawidd6/action-download-artifact@").path("with").path("if_no_artifact_found").asText())
        .as("the first night has no baseline").isEqualTo("warn");
    assertThat(steps).extracting(s -> s.path("run").asText(""))
        .as("workflow expressions reach scripts through env:, never pasted into the script")
        .noneMatch(script -> script.contains("${{"));
  }

  @Test
  void theShardedNightlyMergesEveryShardAndKeepsTheExpressionsOutOfItsScripts() throws IOException {
    Path file = repoRoot().resolve("ci/nightly-sharded.yml");
    List<List<String>> commands = PipelineCommands.gauntletCommands(file);
    List<String> run = commands.stream().filter(c -> c.get(0).equals("run")).findFirst().orElseThrow();
    List<String> merge = commands.stream().filter(c -> c.get(0).equals("merge")).findFirst().orElseThrow();
    assertThat(run).contains("--shard", "--seed");
    assertThat(merge.stream().filter(a -> a.startsWith("shards/")).count()).as("one input per matrix shard").isEqualTo(4);
    List<JsonNode> steps = PipelineCommands.steps(file);
    assertThat(steps).extracting(s -> s.path("run").asText("")).noneMatch(script -> script.contains("${{"));
    assertThat(uses(steps, "mikepenz/action-junit-report@").path("with").path("report_paths").asText())
        .isEqualTo("merged/junit.xml");
  }

  private static JsonNode uses(List<JsonNode> steps, String action) {
    return steps.stream().filter(s -> s.path("uses").asText("").startsWith(action)).findFirst()
        .orElseThrow(() -> new AssertionError("no step uses " + action));
  }

  /** A YAML file, or a path whose first folder is one of the repository's (scenarios/, slos/, apps/, chaos/). */
  private static boolean namesRepoFile(Path root, String arg) {
    if (arg.startsWith("-") || arg.equals(PipelineCommands.EXPRESSION)) {
      return false;
    }
    int slash = arg.indexOf('/');
    return arg.endsWith(".yaml") || arg.endsWith(".yml")
        || slash > 0 && Files.isDirectory(root.resolve(arg.substring(0, slash))) && !arg.startsWith("reports/");
  }
}
