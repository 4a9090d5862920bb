package dev.gauntlet.report;

import static dev.gauntlet.report.GateFixtures.ended;
import static dev.gauntlet.report.GateFixtures.golden;
import static dev.gauntlet.report.GateFixtures.lines;
import static dev.gauntlet.report.GateFixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.analysis.SloVerdict;
import dev.gauntlet.analysis.Summary;
import dev.gauntlet.measure.RunStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The terminal's verdict lines (golden files under src/test/resources/gate/) and the verdict gate exits on. */
class VerdictTableTest {

  @Test
  void objectivesMetAndExperimentsHeldPass() {
    Summary s = summary("summary-pass.json");

    String actual = lines(VerdictTable.lines(s));

    assertThat(actual).isEqualTo(golden("verdict-pass.txt", actual));
    assertThat(VerdictTable.verdict(s)).isEqualTo(VerdictTable.Verdict.PASS);
    assertThat(VerdictTable.verdictLine(s)).isEqualTo("verdict: PASS (3 of 3 objectives met, 2 of 2 experiments held)");
  }

  @Test
  void aMissedObjectiveFailsNamingItWithItsMeasuredValue() {
    Summary s = summary("summary-fail.json");

    String actual = lines(VerdictTable.lines(s));

    assertThat(actual).isEqualTo(golden("verdict-fail.txt", actual));
    assertThat(VerdictTable.verdict(s)).isEqualTo(VerdictTable.Verdict.FAIL);
    assertThat(VerdictTable.verdictLine(s)).startsWith("verdict: FAIL: 3 of 4 objectives missed: ttfr_ms p95 < 1 (measured 95.1 ms), ");
  }

  @Test
  void aDeviatedExperimentAloneFails() {
    Summary s = summary("summary-fail.json");
    Summary experimentOnly = s.withSlos(s.slos().stream().filter(SloVerdict::met).toList());

    assertThat(VerdictTable.verdict(experimentOnly)).isEqualTo(VerdictTable.Verdict.FAIL);
    assertThat(VerdictTable.verdictLine(experimentOnly)).isEqualTo("verdict: FAIL: 1 of 2 experiments deviated: gateway-kill");
  }

  @Test
  void anAbortedRunFailsWithItsReasonEvenWhenWhatWasMeasuredMeetsTheObjectives() {
    Summary s = ended(summary("summary-pass.json"), RunStatus.ABORTED, "ttfr_ms p95 < 1 can no longer be met: 40 of 6 samples over 1 ms");

    assertThat(VerdictTable.verdict(s)).isEqualTo(VerdictTable.Verdict.FAIL);
    assertThat(VerdictTable.verdictLine(s))
        .isEqualTo("verdict: FAIL: aborted: ttfr_ms p95 < 1 can no longer be met: 40 of 6 samples over 1 ms");
  }

  @Test
  void aRunThatErredOrWasInterruptedIsAnErrorWhateverItMeasured() {
    Summary pass = summary("summary-pass.json");

    Summary erred = ended(pass, RunStatus.ERROR, "the load driver reported status 2");
    Summary interrupted = ended(pass, RunStatus.INTERRUPTED, null);

    assertThat(List.of(VerdictTable.verdict(erred), VerdictTable.verdict(interrupted)))
        .containsOnly(VerdictTable.Verdict.ERROR);
    assertThat(VerdictTable.verdictLine(erred)).isEqualTo("verdict: ERROR: the run ended in error: the load driver reported status 2");
    assertThat(VerdictTable.verdictLine(interrupted)).isEqualTo("verdict: ERROR: the run was interrupted");
  }

  @Test
  void noObjectivesAndNoExperimentsPassWithTheHeaderOnly() {
    Summary s = summary("summary-pass.json").withSlos(List.of());
    Summary bare = new Summary(s.schema(), s.runId(), s.scenario(), s.startedAt(), s.endedAt(), s.status(), null,
        s.provenance(), s.sessions(), s.interactions(), s.sli(), List.of(), s.faults(), s.coldStart(), List.of());

    assertThat(VerdictTable.lines(bare)).containsExactly("slo  scope  measured  objective  budget  burn s/f  verdict",
        "verdict: PASS (0 of 0 objectives met)");
  }
}
