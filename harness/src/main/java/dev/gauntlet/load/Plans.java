package dev.gauntlet.load;

import dev.gauntlet.scenario.Auth;
import dev.gauntlet.scenario.Deadlines;
import dev.gauntlet.scenario.Load;
import dev.gauntlet.scenario.Scenario;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/** Builds a run's {@link Plan} from its scenario and where the target answers (docs/run.md). */
public final class Plans {

  private Plans() {}

  /**
   * @param gauntletGateways true when the entry points are Gauntlet gateways (apps under
   *     {@code /apps/NAME}); false for a scenario whose target is an external URL (apps are path prefixes)
   */
  public static Plan of(Scenario scenario, String runId, long seed, Path runDir, List<URI> entryPoints,
      boolean gauntletGateways) {
    Load load = scenario.loadSection().orElseThrow(() -> new IllegalArgumentException(
        scenario.file() + " has no load section"));
    Deadlines deadlines = scenario.deadlines();
    Load.ThinkTime t = load.thinkTime();
    return new Plan(runId, scenario.name(), seed, runDir.toAbsolutePath().normalize().toString(),
        load.model(), load.users(), load.arrivalsPerSecond(),
        load.ramp().toMillis(), load.hold().toMillis(), load.sessionLength().toMillis(),
        load.interactionsPerSession(),
        new Plan.ThinkTime(t.distribution(), t.min().toMillis(), t.max().toMillis(), t.mean().toMillis()),
        deadlines.interaction().toMillis(), deadlines.recovery().toMillis(),
        entryPoints.stream().map(Plans::withoutTrailingSlash).toList(),
        load.apps().stream().map(a -> new Plan.App(a.app(), path(a.app(), gauntletGateways), a.weight(),
            a.widgets().stream().map(w -> new Plan.Widget(w.key(), w.kind(), w.values())).toList())).toList());
  }

  /**
   * The plan of one capacity step: {@code plan} at {@code level} (users for a closed model, sessions a
   * second for an open one), ramping for {@code ramp} then holding; its own run id and seed.
   */
  public static Plan atLevel(Plan plan, String stepId, long seed, double level, long rampMillis, long holdMillis) {
    boolean open = plan.openModel();
    return new Plan(stepId, plan.scenario(), seed, plan.runDir(), plan.model(), open ? 0 : (int) Math.round(level),
        open ? level : 0, rampMillis, holdMillis, plan.sessionLengthMillis(), plan.interactionsPerSession(),
        plan.thinkTime(), plan.interactionDeadlineMillis(), plan.recoveryDeadlineMillis(), plan.entryPoints(), plan.apps(),
        plan.auth(), plan.shard());
  }

  /**
   * Shard {@code index} (1-based) of {@code count} of {@code plan}, writing under {@code runDir}: a closed
   * model's users dealt out (the first {@code users % count} shards take one more), an open model's
   * arrival rate divided evenly. The seed and the app mix stay: each user's choices come from (seed,
   * vu), and {@link Plan#vu} numbers the shards' users apart, so the shards differ and together are the
   * plan's load.
   */
  public static Plan shard(Plan plan, int index, int count, Path runDir) {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException("shard " + index + "/" + count + " does not exist: shards are 1/N to N/N");
    }
    if (plan.shard() != null) {
      throw new IllegalArgumentException("plan " + plan.runId() + " is already shard " + plan.shard().index() + "/"
          + plan.shard().count() + "; shard the whole plan");
    }
    boolean open = plan.openModel();
    if (!open && plan.users() < count) {
      throw new IllegalArgumentException(count + " workers for " + plan.users() + " users would leave a worker "
          + "without users; use at most " + plan.users() + " workers, or raise load.users");
    }
    int users = open ? 0 : plan.users() / count + (index <= plan.users() % count ? 1 : 0);
    double rate = open ? plan.arrivalsPerSecond() / count : 0;
    return new Plan(plan.runId(), plan.scenario(), plan.seed(), runDir.toAbsolutePath().normalize().toString(),
        plan.model(), users, rate, plan.rampMillis(), plan.holdMillis(), plan.sessionLengthMillis(),
        plan.interactionsPerSession(), plan.thinkTime(), plan.interactionDeadlineMillis(), plan.recoveryDeadlineMillis(),
        plan.entryPoints(), plan.apps(), plan.auth(), new Plan.Shard(index, count));
  }

  /**
   * {@code plan} with the scenario's {@code auth:}; {@code localIdp} is the deployment's provider, the
   * issuer when the section names none. Only variable names go in, never their values.
   */
  public static Plan withAuth(Plan plan, java.util.Optional<Auth> auth, java.util.Optional<URI> localIdp) {
    if (auth.isEmpty()) {
      return plan;
    }
    Auth a = auth.get();
    // no client: nobody logs in (the section only adds headers or cookies)
    String issuer = a.clientId().isEmpty() ? null
        : a.issuer().orElse(localIdp.map(idp -> idp + "/" + Auth.LOCAL_ISSUER).orElse(null));
    Plan.Auth resolved = new Plan.Auth(issuer, a.clientId(), a.clientSecretEnv(), a.grant(), a.scope(), a.viewers(),
        a.user(), a.passwordEnv(), a.refreshBefore().toMillis(), a.embed().map(Auth.Embed::clientId).orElse(null),
        a.embed().map(Auth.Embed::clientSecretEnv).orElse(null), a.embed().map(Auth.Embed::origin).orElse(null),
        a.embed().map(Auth.Embed::share).orElse(0.0), a.headers(), a.cookies());
    return new Plan(plan.runId(), plan.scenario(), plan.seed(), plan.runDir(), plan.model(), plan.users(),
        plan.arrivalsPerSecond(), plan.rampMillis(), plan.holdMillis(), plan.sessionLengthMillis(),
        plan.interactionsPerSession(), plan.thinkTime(), plan.interactionDeadlineMillis(),
        plan.recoveryDeadlineMillis(), plan.entryPoints(), plan.apps(), resolved, plan.shard());
  }

  /** {@code /apps/dash} on a Gauntlet gateway; {@code ""} or {@code /prefix} under an external url. */
  static String path(String app, boolean gauntletGateways) {
    if (gauntletGateways) {
      return "/apps/" + app;
    }
    String trimmed = app.strip().replaceAll("^/+|/+$", "");
    return trimmed.isEmpty() ? "" : "/" + trimmed;
  }

  private static String withoutTrailingSlash(URI uri) {
    String s = uri.toString();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
