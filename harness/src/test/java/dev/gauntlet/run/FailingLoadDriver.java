package dev.gauntlet.run;

import dev.gauntlet.load.LoadDriver;
import dev.gauntlet.load.Plan;
import dev.gauntlet.load.TargetFailure;
import dev.gauntlet.measure.Journal;
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
        journal.write("session_started", Map.of("vu", vu, "app", app, "entry", plan.entryPoints().get(0),
            "intendedAt", System.currentTimeMillis()));
        String error = vu % 2 == 0 ? "no script_finished within 10000 ms"
            : TargetFailure.httpStatus(plan.entryPoints().get(0) + "/_stcore/health", 503);
        journal.write("first_render", Map.of("vu", vu, "app", app, "ok", false, "ttfrMs", 10.0, "error", error));
        journal.write("session_ended", Map.of("vu", vu, "app", app, "outcome", "failed", "interactions", 0));
      }
    }
    return 0;
  }
}
