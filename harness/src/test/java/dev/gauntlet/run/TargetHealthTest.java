package dev.gauntlet.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.load.TargetFailure;
import dev.gauntlet.measure.JournalEvent;
import org.junit.jupiter.api.Test;

/** When the first sessions say the target is failing, and when they do not. */
class TargetHealthTest {

  static final String HEALTH_404 = TargetFailure.httpStatus("http://127.0.0.1:8501/_stcore/health", 404);
  static final long T0 = 1_000_000;

  final TargetHealth health = new TargetHealth();

  @Test
  void tenFirstRendersFailingTheSameWayMeanTheTargetIsFailing() {
    for (int vu = 1; vu < TargetHealth.SESSIONS; vu++) {
      health.accept(firstRender(T0 + vu, HEALTH_404));
      assertThat(health.failing(T0 + vu)).as("after %d", vu).isEmpty();
    }

    health.accept(firstRender(T0 + 10, HEALTH_404));

    assertThat(health.failing(T0 + 10)).contains(HEALTH_404);
    assertThat(health.sameFailures()).isEqualTo(10);
  }

  @Test
  void theSameFailureAtAnotherGatewayOrAppIsTheSameKind() {
    for (int vu = 0; vu < TargetHealth.SESSIONS; vu++) {
      String url = "http://127.0.0.1:" + (41001 + vu % 2) + "/apps/" + (vu % 3 == 0 ? "dash" : "light") + "/_stcore/stream";
      health.accept(firstRender(T0 + vu, TargetFailure.handshake(url.replace("http", "ws"), null)));
    }

    assertThat(health.failing(T0 + 10)).hasValueSatisfying(e -> assertThat(e).startsWith("WebSocket handshake at ws://"));
  }

  @Test
  void aSuccessAmongTheFirstSessionsSettlesIt() {
    health.accept(firstRender(T0, HEALTH_404));
    health.accept(ok("first_render", T0 + 1));
    for (int vu = 0; vu < 20; vu++) {
      health.accept(firstRender(T0 + 2 + vu, HEALTH_404));
    }

    assertThat(health.failing(T0 + 60_000)).isEmpty();
    assertThat(health.noneSucceeded()).isEmpty();
  }

  @Test
  void aFewFailuresAfterSuccessesDoNotTrigger() {
    for (int vu = 0; vu < 5; vu++) {
      health.accept(ok("first_render", T0 + vu));
      health.accept(ok("rerun", T0 + vu));
    }
    for (int vu = 0; vu < 15; vu++) {
      health.accept(firstRender(T0 + 10 + vu, TargetFailure.noAnswer("http://127.0.0.1:9/", "connection refused")));
    }

    assertThat(health.failing(T0 + 60_000)).isEmpty();
  }

  @Test
  void mixedFailuresOrFailuresTheTargetDidNotCauseDoNotTrigger() {
    TargetHealth mixed = new TargetHealth();
    TargetHealth slow = new TargetHealth();
    for (int vu = 0; vu < 12; vu++) {
      mixed.accept(firstRender(T0 + vu, vu % 2 == 0 ? HEALTH_404
          : TargetFailure.httpStatus("http://127.0.0.1:8501/_stcore/health", 503)));
      slow.accept(firstRender(T0 + vu, "no script_finished within 10000 ms"));
    }

    assertThat(mixed.failing(T0 + 60_000)).isEmpty();
    assertThat(slow.failing(T0 + 60_000)).isEmpty();
    assertThat(mixed.noneSucceeded()).hasValue("no interaction succeeded: all 12 failed, the first with: " + HEALTH_404);
    assertThat(slow.noneSucceeded()).hasValueSatisfying(why -> assertThat(why).contains("no script_finished"));
  }

  @Test
  void aSlowArrivalRateTriggersOnFewerSessionsOnceTheFirstIsOldEnough() {
    for (int vu = 0; vu < TargetHealth.FEWEST; vu++) {
      health.accept(firstRender(T0 + vu * 1_000L, HEALTH_404));
    }

    assertThat(health.failing(T0 + TargetHealth.PATIENCE.toMillis() - 1)).isEmpty();
    assertThat(health.failing(T0 + TargetHealth.PATIENCE.toMillis())).contains(HEALTH_404);
  }

  @Test
  void aRunWithNoInteractionAtAllSucceededNone() {
    health.accept(json("session_started", T0));

    assertThat(health.noneSucceeded()).hasValue("no interaction succeeded: no session reached its first render");
    assertThat(health.failing(T0 + 60_000)).isEmpty();
  }

  static JournalEvent firstRender(long t, String error) {
    return new JournalEvent.FirstRender(t, 1, "", false, 1, 0, 0, 0, null, error);
  }

  static JournalEvent ok(String type, long t) {
    return type.equals("rerun") ? new JournalEvent.Rerun(t, 1, "", true, 1, 1, null)
        : new JournalEvent.FirstRender(t, 1, "", true, 1, 0, 0, 0, "s", null);
  }

  static JournalEvent json(String type, long t) {
    return new JournalEvent.SessionStarted(t, 1, "", "", t);
  }
}
