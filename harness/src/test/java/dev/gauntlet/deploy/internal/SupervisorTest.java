package dev.gauntlet.deploy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SupervisorTest {

  /** A clock the test moves: sleeping and running advance it, nothing really waits. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  static Child exitedAfter(ManualClock clock, Duration runLength, int status) {
    return new Child() {
      @Override
      public long pid() {
        return 42;
      }

      @Override
      public CompletableFuture<Integer> exit() {
        clock.now = clock.now.plus(runLength);
        return CompletableFuture.completedFuture(status);
      }

      @Override
      public void destroy(boolean force) {}
    };
  }

  @Test
  void crashLoopBacksOffDoublingTo5sAndResetsAfterAGoodRun() {
    ManualClock clock = new ManualClock();
    List<Duration> runLengths = new ArrayList<>(List.of(
        Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofMillis(50),
        Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofSeconds(12), Duration.ofMillis(50)));
    List<Duration> delays = new ArrayList<>();
    List<String> log = new ArrayList<>();
    Supervisor[] self = new Supervisor[1];
    Supervisor.Sleeper sleeper = d -> {
      delays.add(d);
      clock.now = clock.now.plus(d);
      if (delays.size() == 9) {
        self[0].stop();
      }
    };
    self[0] = new Supervisor("gateway-1", exitedAfter(clock, Duration.ofMillis(50), 137),
        () -> exitedAfter(clock, runLengths.remove(0), 137), BackOff.standard(), clock, sleeper, log::add);

    self[0].run();

    assertThat(delays).extracting(Duration::toMillis)
        .containsExactly(200L, 400L, 800L, 1600L, 3200L, 5000L, 5000L, 200L, 400L);
    assertThat(self[0].restarts()).isEqualTo(8);
    assertThat(log.get(0)).isEqualTo("gateway-1 (pid 42) exited with status 137 after 50ms; restarting in 200ms (restart 1)");
  }

  @Test
  void aLaunchThatFailsCountsAsACrash() {
    ManualClock clock = new ManualClock();
    List<Duration> delays = new ArrayList<>();
    List<String> log = new ArrayList<>();
    Supervisor[] self = new Supervisor[1];
    self[0] = new Supervisor("scheduler", exitedAfter(clock, Duration.ofSeconds(30), 1),
        () -> {
          throw new java.io.IOException("no java");
        }, BackOff.standard(), clock, d -> {
          delays.add(d);
          if (delays.size() == 3) {
            self[0].stop();
          }
        }, log::add);

    self[0].run();

    assertThat(delays).extracting(Duration::toMillis).containsExactly(200L, 400L, 800L);
    assertThat(log).contains("scheduler could not be started: no java");
  }

  @Test
  void backOffSchedule() {
    BackOff b = BackOff.standard();
    assertThat(b.next(null, Duration.ZERO)).isEqualTo(Duration.ofMillis(200));
    assertThat(b.next(Duration.ofMillis(200), Duration.ofSeconds(1))).isEqualTo(Duration.ofMillis(400));
    assertThat(b.next(Duration.ofSeconds(4), Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(5));
    assertThat(b.next(Duration.ofSeconds(5), Duration.ofSeconds(10))).isEqualTo(Duration.ofMillis(200));
  }
}
