package dev.gauntlet.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.analysis.Placements;
import dev.gauntlet.analysis.Summary;
import dev.gauntlet.analysis.SummaryCalculator;
import dev.gauntlet.measure.JournalContents;
import dev.gauntlet.measure.JournalReader;
import dev.gauntlet.measure.RunStatus;
import dev.gauntlet.measure.Sli;
import java.util.List;
import org.junit.jupiter.api.Test;

class JournalSummaryAgreementTest {

  @Test
  void theSummaryCountsAreTheJournalLinesByTypeAndOutcome() {
    JournalContents contents = JournalReader.read(SummaryGoldenTest.resource("journal.jsonl"));
    Summary s = SummaryCalculator.compute(contents.events(), Placements.none(), "x", "y");

    JournalCounts counts = JournalCounts.of(SummaryGoldenTest.resource("journal.jsonl"));
    counts.assertAgrees(s);
    assertThat(counts.count("session_started")).isEqualTo(4);
  }

  @Test
  void aLineThatIsNotAnEventMidFileIsSkippedWithAWarningNamingIt() {
    JournalContents c = JournalReader.parse("j.jsonl", "{\"t\":1,\"type\":\"session_started\",\"vu\":1}\n"
        + "garbage\n[1,2]\n{\"t\":2,\"type\":\"session_ended\",\"vu\":1,\"outcome\":\"completed\"}\n");
    assertThat(c.events()).hasSize(2);
    assertThat(c.warnings()).containsExactly("j.jsonl line 2 is not a journal event: ignored",
        "j.jsonl line 3 is not a journal event: ignored");
    Summary s = SummaryCalculator.compute(c.events(), Placements.none(), "run-1", "smoke");
    assertThat(s.runId()).isEqualTo("run-1");
    assertThat(s.status()).isEqualTo(RunStatus.INTERRUPTED);
    assertThat(s.sessions()).isEqualTo(new Summary.Sessions(1, 1, 0, 0, 0));
    assertThat(Sli.SUMMARIZED.stream().map(Sli::key).toList()).containsExactlyElementsOf(s.sli().keySet());
  }
}
