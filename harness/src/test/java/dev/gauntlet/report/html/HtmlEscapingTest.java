package dev.gauntlet.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.analysis.Placements;
import dev.gauntlet.analysis.SchedulerEvents;
import dev.gauntlet.analysis.SloVerdict;
import dev.gauntlet.analysis.Summary;
import dev.gauntlet.analysis.SummaryCalculator;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.JournalReader;
import dev.gauntlet.run.RunSummaries;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Text from the journal, the summary or the scenario never becomes markup in the page. */
class HtmlEscapingTest {

  private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&";

  @Test
  void textIsEscapedForContentAndQuotedAttributes() {
    assertThat(Html.text("<a href=\"x\">O'Neil & co</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;O&#39;Neil &amp; co&lt;/a&gt;");
    assertThat(Html.text("bell\u0007 tab\tline\n")).isEqualTo("bell  tab\tline\n");
    assertThat(Html.text(null)).isEmpty();
  }

  @Test
  void hostileNamesInTheJournalAndSummaryAreShownAsText() {
    String h = HOSTILE.replace("\"", "\\\"");
    List<JournalEvent> events = Stream.of(
        "{\"t\":0,\"type\":\"run_started\",\"runId\":\"" + h + "\",\"scenario\":\"" + h + "\",\"gitCommit\":\"" + h + "\"}",
        "{\"t\":10,\"type\":\"session_started\",\"vu\":1,\"app\":\"" + h + "\"}",
        "{\"t\":20,\"type\":\"first_render\",\"vu\":1,\"ok\":true,\"ttfrMs\":5.0}",
        "{\"t\":30,\"type\":\"fault\",\"action\":\"" + h + "\",\"experiment\":\"" + h + "\",\"targets\":[{\"id\":\"" + h
            + "\"}],\"dryRun\":false}",
        "{\"t\":40,\"type\":\"experiment_ended\",\"experiment\":\"" + h + "\",\"steadyState\":\"" + h + "\"}",
        "{\"t\":50,\"type\":\"run_ended\",\"status\":\"error\",\"reason\":\"" + h + "\"}")
        .map(Journal::node).map(JournalReader::decode).toList(); // not Journal.of: the text holds single quotes
    SchedulerEvents pods = SchedulerEvents.of(Journal.node(
        "[{\"seq\":1,\"at\":5,\"type\":\"ready\",\"pod\":\"" + h + "\",\"app\":\"" + h + "\"}]"));
    Summary summary = SummaryCalculator.compute(events, Placements.none(), pods, "run", "scenario")
        .withSlos(List.of(new SloVerdict(HOSTILE, HOSTILE, HOSTILE, HOSTILE, HOSTILE, 1.0, HOSTILE, 1, false, HOSTILE,
            null)));

    String page = HtmlReport.render(RunData.of(summary, events, Placements.none(), pods));

    assertThat(page).doesNotContain("<script", "<img", "onerror=alert(2)>");
    assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;");
    assertThat(RunSummaries.json(summary)).contains("<script>"); // the hostile text did reach the page's inputs
  }
}
