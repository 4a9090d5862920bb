package dev.gauntlet.run;

import dev.gauntlet.load.LoadDriver;
import dev.gauntlet.load.Plan;
import dev.gauntlet.measure.Journal;
import java.nio.file.Path;
import java.util.Map;

/**
 * Stands in for Gatling in tests ({@code -Dgauntlet.load.driver=dev.gauntlet.run.FakeLoadDriver}):
 * one completed session per user of the plan, each with a first render and a rerun. With
 * {@code -Dgauntlet.fake.holdMillis=N} it then keeps a session open that long, for kill tests.
 */
public final class FakeLoadDriver implements LoadDriver {

  @Override
  public int run(Path planJson, Path runDir) throws Exception {
    Plan plan = Plan.read(planJson);
    try (Journal journal = Journal.append(runDir.resolve("journal.jsonl"))) {
      for (int vu = 1; vu <= Math.max(1, plan.users()); vu++) {
        String app = plan.apps().get(0).name();
        long now = System.currentTimeMillis();
        journal.write("session_started", Map.of("vu", vu, "app", app, "entry", plan.entryPoints().get(vu % plan.entryPoints().size()),
            "intendedAt", now));
        journal.write("first_render", Map.of("vu", vu, "app", app, "ok", true, "ttfrMs", 10.5 + vu, "sessionId", "fake-" + vu));
        journal.write("rerun", Map.of("vu", vu, "app", app, "ok", true, "rerunMs", 2.25 * vu, "seq", 1));
        journal.write("session_ended", Map.of("vu", vu, "app", app, "outcome", "completed", "interactions", 1));
      }
      long holdMillis = Long.getLong("gauntlet.fake.holdMillis", 0);
      if (holdMillis > 0) {
        journal.write("session_started", Map.of("vu", 0, "app", plan.apps().get(0).name(), "entry", plan.entryPoints().get(0),
            "intendedAt", System.currentTimeMillis()));
        Thread.sleep(holdMillis); // a long session, so the test can kill the run midway
      }
    }
    return Integer.getInteger("gauntlet.fake.status", 0);
  }
}
