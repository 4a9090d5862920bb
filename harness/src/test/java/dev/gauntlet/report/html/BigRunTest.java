package dev.gauntlet.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.analysis.Placements;
import dev.gauntlet.analysis.SchedulerEvents;
import dev.gauntlet.analysis.Summary;
import dev.gauntlet.analysis.SummaryCalculator;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.JournalReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run of thousands of sessions draws as buckets: the page stays small whatever the journal's size. */
class BigRunTest {

  @Test
  void fiveThousandSessionsOverAnHourMakeAPageUnderTwoHundredKilobytes() {
    List<JournalEvent> events = new ArrayList<>();
    events.add(event("{\"t\":0,\"type\":\"run_started\",\"runId\":\"big\",\"scenario\":\"big\"}"));
    for (int vu = 0; vu < 5_000; vu++) {
      long t = vu * 720L;
      events.add(event("{\"t\":" + t + ",\"type\":\"session_started\",\"vu\":" + vu + ",\"app\":\"a\"}"));
      events.add(event("{\"t\":" + (t + 50) + ",\"type\":\"first_render\",\"vu\":" + vu
          + ",\"ok\":true,\"ttfrMs\":" + (40 + vu % 97) + ",\"sessionId\":\"s" + vu + "\"}"));
      for (int k = 1; k <= 4; k++) {
        events.add(event("{\"t\":" + (t + 50 + k * 900) + ",\"type\":\"rerun\",\"vu\":" + vu
            + ",\"ok\":true,\"rerunMs\":" + (10 + (vu * k) % 31) + "}"));
      }
      events.add(event("{\"t\":" + (t + 5_000) + ",\"type\":\"failover_seen\",\"vu\":" + vu + ",\"gapMs\":"
          + (500 + vu % 300) + "}"));
      events.add(event("{\"t\":" + (t + 6_000) + ",\"type\":\"session_ended\",\"vu\":" + vu
          + ",\"outcome\":\"completed\"}"));
    }
    events.add(event("{\"t\":3606000,\"type\":\"run_ended\",\"status\":\"completed\"}"));
    Summary summary = SummaryCalculator.compute(events, Placements.none(), SchedulerEvents.none(), "big", "big");

    String page = HtmlReport.render(RunData.of(summary, events, Placements.none(), SchedulerEvents.none()));

    assertThat(events).hasSizeGreaterThan(40_000);
    assertThat(page.length()).isLessThan(200_000);
    assertThat(page.split("<circle", -1).length - 1).isLessThanOrEqualTo(3 * 2 * Buckets.TARGET + Buckets.TARGET);
  }

  private static JournalEvent event(String json) {
    return JournalReader.decode(Journal.node(json));
  }
}
