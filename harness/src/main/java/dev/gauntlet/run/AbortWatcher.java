package dev.gauntlet.run;

import dev.gauntlet.analysis.Placements;
import dev.gauntlet.analysis.RunFiles;
import dev.gauntlet.load.Abort;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.JournalReader;
import dev.gauntlet.slo.AbortCheck;
import dev.gauntlet.slo.Objective;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Every second while the load runs: feeds the journal so far to {@link AbortCheck}; once an
 * objective with {@code abortOnFail} can no longer be met, logs why and asks the load to stop
 * ({@link Abort}). Mutable: started once, closed once; does nothing without such an objective.
 */
final class AbortWatcher implements AutoCloseable {

  private final List<Objective> objectives;
  private final JournalReader tail;
  private final Path placements;
  private final boolean splitsByPlacement;
  private final long plannedLoadMillis;
  private final LongSupplier clock;
  private final Consumer<String> log;
  private final List<JournalEvent> journal = new ArrayList<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "gauntlet-abort-watch");
    t.setDaemon(true);
    return t;
  });
  private long loadStartMillis = -1;
  /** A capacity step's watch: events before this instant are a previous step's; -1: the whole run is watched. */
  private final long notBeforeMillis;
  /** A capacity step's warm-up, from its first session on: not judged. */
  private final long warmUpMillis;
  private String lastError = "";

  /**
   * @param plannedLoadMillis how long the plan's load lasts (ramp + hold): the check projects the events to it
   * @param clock epoch ms now
   */
  AbortWatcher(List<Objective> objectives, Path runDir, long plannedLoadMillis, LongSupplier clock, Consumer<String> log) {
    this(objectives, runDir, plannedLoadMillis, -1, 0, clock, log);
  }

  /**
   * A watch of one capacity step's judged window: the events from its first session (at or after
   * {@code notBeforeMillis}) plus {@code warmUpMillis} on, projected to {@code plannedLoadMillis}.
   */
  AbortWatcher(List<Objective> objectives, Path runDir, long plannedLoadMillis, long notBeforeMillis, long warmUpMillis,
      LongSupplier clock, Consumer<String> log) {
    this.notBeforeMillis = notBeforeMillis;
    this.warmUpMillis = warmUpMillis;
    this.objectives = objectives.stream().filter(Objective::abortOnFail).toList();
    this.tail = JournalReader.follow(runDir.resolve(RunFiles.JOURNAL));
    this.placements = runDir.resolve(RunFiles.PLACEMENTS);
    // only the cold/warm split reads placements: the snapshot is not parsed every second for nothing
    this.splitsByPlacement = this.objectives.stream().anyMatch(o -> o.sli().equals("ttfr_cold_ms")
        || o.sli().equals("ttfr_warm_ms"));
    this.plannedLoadMillis = plannedLoadMillis;
    this.clock = clock;
    this.log = log;
  }

  void start() {
    if (!objectives.isEmpty()) {
      timer.scheduleWithFixedDelay(this::tickLogged, 1, 1, TimeUnit.SECONDS);
    }
  }

  /** One check now; the reason the load was asked to stop, if it was (now or before). */
  synchronized Optional<String> tick() {
    if (objectives.isEmpty() || Abort.requested()) {
      return Abort.reason();
    }
    List<JournalEvent> events;
    try {
      events = tail.poll();
    } catch (IOException e) {
      return Optional.empty(); // the next second reads again
    }
    for (JournalEvent event : events) {
      if (event.t() < notBeforeMillis) {
        continue;
      }
      // the load's clock starts with its first session (and a step's warm-up after it), not with Gatling's start-up
      if (loadStartMillis < 0 && event instanceof JournalEvent.SessionStarted) {
        loadStartMillis = event.t() + warmUpMillis;
      }
      if (warmUpMillis == 0 || (loadStartMillis >= 0 && event.t() >= loadStartMillis)) {
        journal.add(event);
      }
    }
    if (loadStartMillis < 0 || clock.getAsLong() < loadStartMillis) {
      return Optional.empty(); // no session yet, or a step still warming up
    }
    Optional<String> reason = AbortCheck.unmeetable(objectives, journal,
        splitsByPlacement ? Placements.read(placements) : Placements.none(), plannedLoadMillis,
        Math.max(1, clock.getAsLong() - loadStartMillis));
    reason.ifPresent(why -> {
      log.accept("aborting the run: " + why);
      Abort.request(why);
    });
    return reason;
  }

  /** A failing check is logged once and the watch goes on (an exception would end the timer). */
  private void tickLogged() {
    try {
      tick();
    } catch (RuntimeException e) {
      if (!String.valueOf(e).equals(lastError)) {
        lastError = String.valueOf(e);
        log.accept("abort check failed (the run goes on): " + e);
      }
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
