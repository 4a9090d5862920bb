package dev.gauntlet.run;

import dev.gauntlet.load.Abort;
import dev.gauntlet.load.TargetFailure;
import dev.gauntlet.load.TargetProbe;
import dev.gauntlet.measure.JournalReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Twice a second while the load runs: feeds the journal's new interactions to {@link TargetHealth};
 * once the first sessions say the target is failing, names what failed (probing once more when the
 * sessions could not tell what the target answered), logs it and asks the load to stop
 * ({@link Abort}), so a target that does not work fails the run in seconds. After the load, tells
 * whether any interaction succeeded. Mutable: started once, closed once.
 */
final class TargetWatcher implements AutoCloseable {

  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

  private final JournalReader tail;
  private final TargetHealth health = new TargetHealth();
  private final LongSupplier clock;
  private final Consumer<String> log;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "gauntlet-target-watch");
    t.setDaemon(true);
    return t;
  });
  private String failing;

  /** @param clock epoch ms now */
  TargetWatcher(Path journal, LongSupplier clock, Consumer<String> log) {
    this.tail = JournalReader.follow(journal);
    this.clock = clock;
    this.log = log;
  }

  void start() {
    timer.scheduleWithFixedDelay(() -> {
      try {
        tick();
      } catch (RuntimeException e) {
        log.accept("target watch failed (the run goes on without it): " + e); // else the timer ends silently
        timer.shutdown();
      }
    }, 500, 500, TimeUnit.MILLISECONDS);
  }

  /** One look now; why the target is failing, if it is (now or before). */
  synchronized Optional<String> tick() {
    read();
    if (failing == null) {
      health.failing(clock.getAsLong()).ifPresent(error -> {
        failing = "target failing: " + told(error) + " (the first " + health.sameFailures()
            + " sessions all failed the same way)";
        log.accept("stopping the load: " + failing);
        Abort.request(failing);
      });
    }
    return Optional.ofNullable(failing);
  }

  /** After the load, with the journal read to its end: why the run did not complete when no interaction succeeded. */
  synchronized Optional<String> noneSucceeded() {
    read();
    return health.noneSucceeded();
  }

  private void read() {
    try {
      tail.poll().forEach(health::accept);
    } catch (IOException e) {
      // read again next time
    }
  }

  /** The error, or what the target answers now when the sessions could not tell (Gatling hides a handshake's status). */
  private static String told(String error) {
    Optional<String> url = TargetFailure.url(error);
    if (url.isEmpty() || error.contains(" answered ")) {
      return error;
    }
    return (url.get().startsWith("ws") ? TargetProbe.handshake(url.get(), PROBE_TIMEOUT)
        : TargetProbe.get(url.get(), PROBE_TIMEOUT)).orElse(error);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
