package dev.gauntlet.run;

import dev.gauntlet.load.LoadDriver;
import dev.gauntlet.load.Plan;
import dev.gauntlet.load.TargetFailure;
import dev.gauntlet.measure.Journal;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.SessionOutcome;
import java.nio.file.Path;
import java.util.Map;

/**
 * Stands in for Gatling where nothing works, but not the same way each time
 * ({@code -Dgauntlet.load.driver=dev.gauntlet.run.FailingLoadDriver}): four sessions per user of the
 * plan, each failing its first render, by turns too slowly and with a 503, so no fail-fast watch
 * stops it and it ends by itself.
 */
public final class FailingLoadDriver implements LoadDriver {

  @Override
  public int run(Path planJson, Path runDir) throws Exception {
    Plan plan = Plan.read(planJson);
    String app = plan.apps().get(0).name();
    try (Journal journal = Journal.append(runDir.resolve("journal.jsonl"))) {
      for (int vu = 1; vu <= 4 * Math.max(1, plan.users()); vu++) {
        long now = System.currentTimeMillis();
        journal.write(new JournalEvent.SessionStarted(now, vu, app, plan.entryPoints().get(0), now));
        String error = vu % 2 == 0 ? "no script_finished within 10000 ms"
            : TargetFailure.httpStatus(plan.entryPoints().get(0) + "/_stcore/health", 503);
        journal.write(new JournalEvent.FirstRender(now, vu, app, false, 10.0, 0, 0, 0, null, error));
        journal.write(new JournalEvent.SessionEnded(now, vu, app, SessionOutcome.FAILED, 0));
      }
    }
    return 0;
  }
}
