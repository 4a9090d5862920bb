package dev.gauntlet.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is exit 2 with one line naming the path and the fix; runs of different scenarios are refused unless allowed. */
class CompareInputTest {

  @TempDir
  Path root;

  CompareCli cli;
  Path baseline;

  @BeforeEach
  void baseline() {
    cli = new CompareCli(root);
    baseline = cli.runDir("baseline", "compare/smoke-baseline.json");
  }

  @Test
  void aDirectoryWithoutASummaryIsNotARunDirectory() throws IOException {
    Path empty = Files.createDirectories(root.resolve("empty"));

    assertThat(cli.run("compare", baseline.toString(), empty.toString())).isEqualTo(2);
    assertThat(cli.err.toString()).isEqualTo("gauntlet: current " + empty + " has no summary.json: not a run directory; "
        + "pass a run directory (reports/<run-id>, the last line 'run' printed) or a summary.json" + System.lineSeparator());
  }

  @Test
  void aRunDirectoryWithAJournalButNoSummaryIsToldToSummarize() throws IOException {
    Path run = Files.createDirectories(root.resolve("unsummarized"));
    Files.writeString(run.resolve("journal.jsonl"), "");

    assertThat(cli.run("compare", run.toString(), baseline.toString())).isEqualTo(2);
    assertThat(cli.err.toString()).contains("baseline " + run + " has no summary.json", "gauntlet summarize " + run);
  }

  @Test
  void aMissingPathIsNamed() {
    assertThat(cli.run("compare", baseline.toString(), root.resolve("nope").toString())).isEqualTo(2);
    assertThat(cli.err.toString()).contains("current " + root.resolve("nope") + " does not exist");
  }

  @Test
  void anUnreadableSummaryNamesTheFileAndLine() throws IOException {
    Path cut = Files.createDirectories(root.resolve("cut"));
    Files.writeString(cut.resolve("summary.json"), "{\n  \"schema\" : \"gauntlet.summary/v1\",\n  \"sli\" : {\n");

    assertThat(cli.run("compare", baseline.toString(), cut.toString())).isEqualTo(2);
    assertThat(cli.err.toString()).startsWith("gauntlet: current " + cut.resolve("summary.json") + ": unreadable summary "
        + "(line 4: ");
  }

  @Test
  void jsonThatIsNotASummaryIsRefused() throws IOException {
    Path other = Files.writeString(root.resolve("package.json"), "{\"name\": \"x\"}");

    assertThat(cli.run("compare", other.toString(), baseline.toString())).isEqualTo(2);
    assertThat(cli.err.toString()).contains("baseline " + other + " is not a Gauntlet summary");
  }

  @Test
  void differentScenarioHashesAreRefusedNamingBothUnlessAllowed() {
    Path other = cli.runDir("other", "compare/smoke-current.json", s -> {
      s.put("scenario", "nightly");
      ((ObjectNode) s.get("provenance")).put("scenarioSha256", "0123456789abcdef");
    });

    assertThat(cli.run("compare", baseline.toString(), other.toString())).isEqualTo(2);
    assertThat(cli.err.toString()).isEqualTo("gauntlet: baseline 20251122-223000-smoke-1a2b ran scenario smoke (sha256 "
        + "9f1c2e3d4c5b6a79881726354a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7), current 20251123-010000-smoke-7c4d ran "
        + "scenario nightly (sha256 0123456789abcdef): a different scenario or a changed scenario file (or app spec, "
        + "experiment, SLO include) is not like for like; compare runs of the same scenario, or pass "
        + "--allow-scenario-change to compare them anyway" + System.lineSeparator());
    assertThat(cli.out.toString()).isEmpty();

    assertThat(cli.run("compare", "--allow-scenario-change", baseline.toString(), other.toString())).isEqualTo(1);
    assertThat(cli.err.toString()).contains("gauntlet: warning: scenario changed (--allow-scenario-change): baseline");
    assertThat(cli.out()).contains("scenario nightly  status completed  commit 5d0e4a1f9b8c  scenario sha256 0123456789ab");
  }

  @Test
  void aRunThatDidNotCompleteIsAWarning() {
    Path aborted = cli.runDir("aborted", "compare/smoke-baseline.json", s -> s.put("status", "aborted")
        .put("statusReason", "ttfr_ms p95 < 1 can no longer be met"));

    assertThat(cli.run("compare", baseline.toString(), aborted.toString())).isZero();
    assertThat(cli.err.toString()).contains("gauntlet: warning: current 20251122-223000-smoke-1a2b ended aborted "
        + "(ttfr_ms p95 < 1 can no longer be met): its numbers cover only part of the planned load");
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(cli.run("compare", "--stats", "p95,median", baseline.toString(), baseline.toString())).isEqualTo(2);
    assertThat(cli.err.toString()).contains("--stats: unknown statistic 'median': expected p50, p95, p99 or max");
    assertThat(cli.run("compare", "--noise-rel", "ten", baseline.toString(), baseline.toString())).isEqualTo(2);
    assertThat(cli.err.toString()).contains("--noise-rel 'ten' is not a percentage: write e.g. --noise-rel 10%");
    assertThat(cli.run("compare", "--noise-abs", "5 parsecs", baseline.toString(), baseline.toString())).isEqualTo(2);
    assertThat(cli.err.toString()).contains("--noise-abs: '5 parsecs' is not a duration");
    assertThat(cli.run("compare", baseline.toString())).isEqualTo(2);
    assertThat(cli.err.toString()).contains("Missing required parameter: 'CURRENT'");
  }
}
