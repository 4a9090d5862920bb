package dev.gauntlet.run;

import dev.gauntlet.load.LoadDriver;
import dev.gauntlet.load.Plan;
import dev.gauntlet.load.StartGate;
import dev.gauntlet.measure.Journal;
import dev.gauntlet.measure.JournalEvent.FirstRender;
import dev.gauntlet.measure.JournalEvent.Rerun;
import dev.gauntlet.measure.JournalEvent.SessionEnded;
import dev.gauntlet.measure.JournalEvent.SessionStarted;
import dev.gauntlet.measure.SessionOutcome;
import java.nio.file.Path;

/**
 * Stands in for Gatling in tests ({@code -Dgauntlet.load.driver=dev.gauntlet.run.FakeLoadDriver}):
 * one completed session per user of the plan, each with a first render and a rerun (a shard's users
 * numbered as the simulation numbers them). With
 * {@code -Dgauntlet.fake.holdMillis=N} it then keeps a session open that long, for kill tests.
 */
public final class FakeLoadDriver implements LoadDriver {

  @Override
  public int run(Path planJson, Path runDir) throws Exception {
    Plan plan = Plan.read(planJson);
    StartGate.arriveAndAwait(); // as the simulation does: a worker's waits for the shared start
    try (Journal journal = Journal.append(runDir.resolve("journal.jsonl"))) {
      for (int user = 1; user <= Math.max(1, plan.users()); user++) {
        long vu = plan.vu(user);
        String app = plan.apps().get(0).name();
        long now = System.currentTimeMillis();
        journal.write(new SessionStarted(now, vu, app, plan.entryPoints().get((int) (vu % plan.entryPoints().size())), now));
        journal.write(new FirstRender(now, vu, app, true, 10.5 + vu, 0, 0, 0, "fake-" + vu, null));
        journal.write(new Rerun(now, vu, app, true, 2.25 * vu, 1, null));
        journal.write(new SessionEnded(now, vu, app, SessionOutcome.COMPLETED, 1));
      }
      long holdMillis = Long.getLong("gauntlet.fake.holdMillis", 0);
      if (holdMillis > 0) {
        long now = System.currentTimeMillis();
        journal.write(new SessionStarted(now, 0, plan.apps().get(0).name(), plan.entryPoints().get(0), now));
        Thread.sleep(holdMillis); // a long session, so the test can kill the run midway
      }
    }
    return Integer.getInteger("gauntlet.fake.status", 0);
  }
}
