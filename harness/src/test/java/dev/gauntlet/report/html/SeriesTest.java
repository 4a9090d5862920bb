package dev.gauntlet.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.gauntlet.analysis.Placements;
import dev.gauntlet.analysis.SchedulerEvents;
import dev.gauntlet.measure.JournalEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The numbers each chart draws, from small journals whose answers can be worked out by hand. */
class SeriesTest {

  private static final Buckets FOUR_SECONDS = new Buckets(0, 1_000, 4);

  @Test
  void latencyPercentilesArePerBucketOfOkLinesWithGapsWhereNothingFinished() {
    List<JournalEvent> events = Journal.of(
        "{'t':100,'type':'first_render','ok':true,'ttfrMs':10.0}",
        "{'t':900,'type':'first_render','ok':true,'ttfrMs':30.0}",
        "{'t':950,'type':'first_render','ok':false,'ttfrMs':10000.0}",
        "{'t':2500,'type':'first_render','ok':true,'ttfrMs':50.0}",
        "{'t':2600,'type':'rerun','ok':true,'rerunMs':999.0}");

    List<Series> lines = LatencySeries.of(events, FOUR_SECONDS, JournalEvent.FirstRender.class);

    assertThat(lines).extracting(Series::label).containsExactly("p50", "p95", "p99");
    double[] p50 = lines.get(0).values();
    assertThat(p50[0]).isCloseTo(10.0, offset(0.05)); // HdrHistogram's 3 digits, as the summary's
    assertThat(p50[1]).isNaN();
    assertThat(p50[2]).isCloseTo(50.0, offset(0.05));
    assertThat(p50[3]).isNaN();
    assertThat(lines.get(2).values()[0]).isCloseTo(30.0, offset(0.05));
    assertThat(lines.get(0).xOffsetMillis()).containsExactly(500, 1_500, 2_500, 3_500);
    assertThat(lines.get(1).tips()[0]).isEqualTo("0s-1s: p95 30.0 ms (2 samples)");
    assertThat(lines.get(1).tips()[1]).isNull();
  }

  @Test
  void activeSessionsAreTheMostOpenAtOnceInEachBucketCarriedThroughQuietOnes() {
    List<JournalEvent> events = Journal.of(
        "{'t':100,'type':'session_started','vu':1}",
        "{'t':200,'type':'session_started','vu':2}",
        "{'t':300,'type':'session_ended','vu':1}",
        "{'t':3100,'type':'session_ended','vu':2}",
        "{'t':3200,'type':'progress','active':9}");

    Series active = ActiveSessions.of(events, FOUR_SECONDS);

    assertThat(active.values()).containsExactly(2.0, 1.0, 1.0, 1.0);
    assertThat(active.kind()).isEqualTo(Series.Kind.STEP);
    assertThat(active.xOffsetMillis()).containsExactly(0, 1_000, 2_000, 3_000);
  }

  @Test
  void withoutSessionLinesActiveSessionsComeFromProgressLines() {
    List<JournalEvent> events = Journal.of("{'t':1000,'type':'progress','active':3}", "{'t':1500,'type':'progress','active':5}");

    assertThat(ActiveSessions.of(events, FOUR_SECONDS).values()).containsExactly(Double.NaN, 5.0, Double.NaN, Double.NaN);
  }

  @Test
  void readyPodsStepAtEachChangePerAppFromZeroForPodsReadiedBeforeTheRun() {
    SchedulerEvents events = SchedulerEvents.of(Journal.node("""
        [{"seq":1,"at":-500,"type":"ready","pod":"d1","app":"dash"},
         {"seq":2,"at":200,"type":"ready","pod":"d2","app":"dash"},
         {"seq":3,"at":300,"type":"ready","pod":"l1","app":"light"},
         {"seq":4,"at":1200,"type":"gone","pod":"d1","app":"dash","detail":"exit 137"},
         {"seq":5,"at":1300,"type":"created","pod":"d3","app":"dash"},
         {"seq":6,"at":2100,"type":"ready","pod":"d3","app":"dash"},
         {"seq":7,"at":2200,"type":"adopted","pod":"l2","app":"light","detail":"pid 9, starting"}]"""));

    List<Series> pods = PodsReady.of(events, FOUR_SECONDS);

    assertThat(pods).extracting(Series::label).containsExactly("dash", "light");
    assertThat(pods.get(0).xOffsetMillis()).containsExactly(0, 200, 1_200, 2_100);
    assertThat(pods.get(0).values()).containsExactly(1.0, 2.0, 1.0, 2.0);
    assertThat(pods.get(1).values()).containsExactly(1.0);
  }

  @Test
  void failoverGapsAreDotsUntilTooManyThenTheLongestPerBucket() {
    List<JournalEvent> few = Journal.of("{'t':1500,'type':'failover_seen','gapMs':700.0}",
        "{'t':1600,'type':'socket_recovered','gapMs':900.0}", "{'t':1700,'type':'socket_dropped'}");
    assertThat(FailoverGaps.of(few, FOUR_SECONDS).values()).containsExactly(700.0, 900.0);

    String[] many = new String[FailoverGaps.MAX_DOTS + 1];
    for (int i = 0; i < many.length; i++) {
      many[i] = "{'t':" + (i % 2 == 0 ? 500 : 2500) + ",'type':'failover_seen','gapMs':" + i + ".0}";
    }
    Series longest = FailoverGaps.of(Journal.of(many), FOUR_SECONDS);
    assertThat(longest.values()).containsExactly(600.0, Double.NaN, 599.0, Double.NaN);
  }

  @Test
  void coldAndWarmFirstRendersShareLogBinsAndSessionsWithoutAPlacementAreLeftOut() {
    Placements placements = Placements.of(Journal.node("""
        [{"runtimeSessionId":"c","cold":true},{"runtimeSessionId":"w1","cold":false},
         {"runtimeSessionId":"w2","cold":false}]"""));
    List<JournalEvent> events = Journal.of(
        "{'t':1,'type':'first_render','ok':true,'ttfrMs':1000.0,'sessionId':'c'}",
        "{'t':2,'type':'first_render','ok':true,'ttfrMs':10.0,'sessionId':'w1'}",
        "{'t':3,'type':'first_render','ok':true,'ttfrMs':12.0,'sessionId':'w2'}",
        "{'t':4,'type':'first_render','ok':true,'ttfrMs':50.0,'sessionId':'elsewhere'}",
        "{'t':5,'type':'first_render','ok':false,'ttfrMs':10000.0,'sessionId':'c'}");

    ColdWarm d = ColdWarm.of(events, placements);

    assertThat(d.coldTotal()).isEqualTo(1);
    assertThat(d.warmTotal()).isEqualTo(2);
    assertThat(d.edgesMillis()[0]).isEqualTo(10.0);
    assertThat(d.edgesMillis()[ColdWarm.BINS]).isCloseTo(1000.0, offset(1e-6));
    assertThat(d.warm()[0]).isEqualTo(2); // 10 and 12 ms: the first bin ends at 10 x 100^(1/20) = 12.6 ms
    assertThat(d.cold()[ColdWarm.BINS - 1]).isEqualTo(1);
    assertThat(ColdWarm.of(events, Placements.none()).isEmpty()).isTrue();
  }
}
