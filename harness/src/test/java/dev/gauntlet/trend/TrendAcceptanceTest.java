package dev.gauntlet.trend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance: 30 nights whose ttfr_ms p95 steps up 25% at night 20 and jumps 60% on night 9
 * alone, every other statistic only noisy. The step is a change point at night 20, the outlier is none;
 * {@code trend --gate} fails on night 20 (the nights cut there) and passes on night 19.
 */
class TrendAcceptanceTest {

  static final int STEP = 20;
  static final int OUTLIER = 9;

  @TempDir
  Path root;
  @TempDir
  Path out;

  final TrendCli cli = new TrendCli();
  final List<Path> nights = new ArrayList<>();

  @BeforeEach
  void thirtyNights() {
    Nights generator = new Nights(root.resolve("reports"), 22);
    for (int night = 0; night < 30; night++) {
      int n = night;
      nights.add(generator.night(night, s -> {
        double p95 = Nights.stat(s, "ttfr_ms", "p95");
        Nights.set(s, "ttfr_ms", "p95", n >= STEP ? p95 * 1.25 : n == OUTLIER ? p95 * 1.6 : p95);
      }));
    }
  }

  @Test
  void theStepIsAChangePointAtItsNightAndTheOutlierIsNot() throws Exception {
    assertThat(cli.run("--json", "--out", out, root.resolve("reports"))).isZero();

    JsonNode trend = new ObjectMapper().readTree(cli.out());
    List<String> ttfr = new ArrayList<>();
    List<String> all = new ArrayList<>();
    for (JsonNode c : trend.get("changePoints")) {
      all.add(c.get("runId").asText());
      if (c.get("sli").asText().equals("ttfr_ms") && c.get("stat").asText().equals("p95")) {
        ttfr.add(c.get("runId").asText());
        assertThat(c.get("direction").asText()).isEqualTo("regressed");
        assertThat(c.get("gitCommit").asText()).isEqualTo(Nights.commit(STEP));
        assertThat(c.get("change").asDouble()).isBetween(20.0, 30.0);
        assertThat(c.get("pValue").asDouble()).isLessThanOrEqualTo(0.05);
      }
    }
    assertThat(ttfr).containsExactly(Nights.runId(STEP));
    assertThat(all).doesNotContain(Nights.runId(OUTLIER), Nights.runId(OUTLIER + 1));
    assertThat(Files.readString(out.resolve("trend.html"))).contains(Nights.runId(STEP));
  }

  @Test
  void theGateFailsOnTheNightTheStepStartsAndPassesOnTheNightBefore() throws Exception {
    assertThat(cli.run("--gate", "--out", out, TrendCli.first(nights, STEP + 1))).isEqualTo(1);
    assertThat(cli.last()).startsWith("trend gate: REGRESSION: 1 regressed: nightly ttfr_ms p95 ");
    assertThat(Files.readString(out.resolve("junit.xml"))).contains("type=\"trend.regressed\"", "name=\"ttfr_ms p95\"");

    assertThat(cli.run("--gate", "--out", out, TrendCli.first(nights, STEP))).isZero();
    assertThat(cli.last()).startsWith("trend gate: PASS (");
    assertThat(Files.readString(out.resolve("junit.xml"))).doesNotContain("<failure");
  }
}
