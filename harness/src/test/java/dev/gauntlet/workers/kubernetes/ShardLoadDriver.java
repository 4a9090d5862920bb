package dev.gauntlet.workers.kubernetes;

import dev.gauntlet.load.Abort;
import dev.gauntlet.load.LoadDriver;
import dev.gauntlet.load.Plan;
import dev.gauntlet.load.StartGate;
import dev.gauntlet.measure.Journal;
import dev.gauntlet.measure.JournalEvent.FirstRender;
import dev.gauntlet.measure.JournalEvent.Rerun;
import dev.gauntlet.measure.JournalEvent.SessionEnded;
import dev.gauntlet.measure.JournalEvent.SessionStarted;
import dev.gauntlet.measure.SessionOutcome;
import dev.gauntlet.measure.Sli;
import dev.gauntlet.measure.SliHistograms;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Stands in for Gatling in a pod's worker ({@code -Dgauntlet.load.driver=}this class): waits at the
 * start gate as the simulation does, then one completed session per user of its shard, numbered as
 * the whole run numbers them ({@link Plan#vu}), with first render and rerun in the journal and the
 * histograms. With {@code -Dgauntlet.test.holdUntilStopped=true} it then holds a session open until
 * the coordinator says stop or the process is killed, for interrupt tests.
 */
public final class ShardLoadDriver implements LoadDriver {

  private static final Duration HOLD_AT_MOST = Duration.ofMinutes(2);

  @Override
  public int run(Path planJson, Path runDir) throws Exception {
    Plan plan = Plan.read(planJson);
    StartGate.arriveAndAwait();
    if (Abort.requested()) {
      return 0; // called off at the gate: nothing was loaded
    }
    String app = plan.apps().get(0).name();
    try (Journal journal = Journal.append(runDir.resolve("journal.jsonl"));
        SliHistograms histograms = SliHistograms.start(runDir, Duration.ofSeconds(1))) {
      for (int local = 1; local <= plan.users(); local++) {
        long vu = plan.vu(local);
        long now = System.currentTimeMillis();
        double ttfr = 10.0 + vu;
        journal.write(new SessionStarted(now, vu, app, plan.entryPoints().get(0), now));
        journal.write(new FirstRender(now, vu, app, true, ttfr, 0, 0, 0, "shard-" + vu, null));
        journal.write(new Rerun(now, vu, app, true, 2.0 * vu, 1, null));
        journal.write(new SessionEnded(now, vu, app, SessionOutcome.COMPLETED, 1));
        histograms.recordMillis(Sli.TTFR, ttfr);
      }
      if (Boolean.getBoolean("gauntlet.test.holdUntilStopped")) {
        long end = System.nanoTime() + HOLD_AT_MOST.toNanos();
        while (!Abort.requested() && System.nanoTime() < end) {
          Thread.sleep(50); // a session held open until the coordinator or a kill ends it, with a deadline
        }
      }
    }
    return 0;
  }
}
