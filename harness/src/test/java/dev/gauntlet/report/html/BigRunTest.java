package dev.gauntlet.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gauntlet.report.Placements;
import dev.gauntlet.report.SchedulerEvents;
import dev.gauntlet.report.Summary;
import dev.gauntlet.report.SummaryCalculator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run of thousands of sessions draws as buckets: the page stays small whatever the journal's size. */
class BigRunTest {

  @Test
  void fiveThousandSessionsOverAnHourMakeAPageUnderTwoHundredKilobytes() {
    List<JsonNode> events = new ArrayList<>();
    events.add(Journal.node("{\"t\":0,\"type\":\"run_started\",\"runId\":\"big\",\"scenario\":\"big\"}"));
    for (int vu = 0; vu < 5_000; vu++) {
      long t = vu * 720L;
      events.add(Journal.node("{\"t\":" + t + ",\"type\":\"session_started\",\"vu\":" + vu + ",\"app\":\"a\"}"));
      events.add(Journal.node("{\"t\":" + (t + 50) + ",\"type\":\"first_render\",\"vu\":" + vu
          + ",\"ok\":true,\"ttfrMs\":" + (40 + vu % 97) + ",\"sessionId\":\"s" + vu + "\"}"));
      for (int k = 1; k <= 4; k++) {
        events.add(Journal.node("{\"t\":" + (t + 50 + k * 900) + ",\"type\":\"rerun\",\"vu\":" + vu
            + ",\"ok\":true,\"rerunMs\":" + (10 + (vu * k) % 31) + "}"));
      }
      events.add(Journal.node("{\"t\":" + (t + 5_000) + ",\"type\":\"failover_seen\",\"vu\":" + vu + ",\"gapMs\":"
          + (500 + vu % 300) + "}"));
      events.add(Journal.node("{\"t\":" + (t + 6_000) + ",\"type\":\"session_ended\",\"vu\":" + vu
          + ",\"outcome\":\"completed\"}"));
    }
    events.add(Journal.node("{\"t\":3606000,\"type\":\"run_ended\",\"status\":\"completed\"}"));
    Summary summary = SummaryCalculator.compute(events, Placements.none(), SchedulerEvents.none(), "big", "big");

    String page = HtmlReport.render(RunData.of(summary, events, Placements.none(), SchedulerEvents.none()));

    assertThat(events).hasSizeGreaterThan(40_000);
    assertThat(page.length()).isLessThan(200_000);
    assertThat(page.split("<circle", -1).length - 1).isLessThanOrEqualTo(3 * 2 * Buckets.TARGET + Buckets.TARGET);
  }
}
