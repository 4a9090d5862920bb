package dev.gauntlet.measure;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of each virtual-user journal line, in docs/run.md's order ({@code t} and
 * {@code type} are added by {@link Journal}). Durations are ms with fractions, rounded to µs.
 */
public final class Events {

  private Events() {}

  public static Map<String, Object> sessionStarted(long vu, String app, String entry, long intendedAtMillis) {
    return fields(vu, app, "entry", entry, "intendedAt", intendedAtMillis);
  }

  /** An ok first render; {@code error} is null when ok. */
  public static Map<String, Object> firstRender(long vu, String app, boolean ok, double ttfrMs,
      double httpMs, double wsConnectMs, double firstDeltaMs, String sessionId, String error) {
    Map<String, Object> f = fields(vu, app, "ok", ok, "ttfrMs", ms(ttfrMs), "httpMs", ms(httpMs),
        "wsConnectMs", ms(wsConnectMs), "firstDeltaMs", ms(firstDeltaMs), "sessionId", sessionId);
    return withError(f, error);
  }

  public static Map<String, Object> rerun(long vu, String app, boolean ok, double rerunMs, int seq, String error) {
    return withError(fields(vu, app, "ok", ok, "rerunMs", ms(rerunMs), "seq", seq), error);
  }

  public static Map<String, Object> socketDropped(long vu, String app, int code, String reason, boolean inFlight) {
    return fields(vu, app, "code", code, "reason", reason, "inFlight", inFlight);
  }

  public static Map<String, Object> socketRecovered(long vu, String app, double gapMs, int attempts, String sessionId) {
    return fields(vu, app, "gapMs", ms(gapMs), "attempts", attempts, "sessionId", sessionId);
  }

  public static Map<String, Object> failoverSeen(long vu, String app, double gapMs, String sessionId) {
    return fields(vu, app, "gapMs", ms(gapMs), "sessionId", sessionId);
  }

  /** With the session the dead pod had: a failover in the middle of the first render has no other trace of it. */
  public static Map<String, Object> failoverSeen(long vu, String app, double gapMs, String sessionId,
      String previousSessionId) {
    Map<String, Object> m = failoverSeen(vu, app, gapMs, sessionId);
    if (previousSessionId != null) {
      m.put("previousSessionId", previousSessionId);
    }
    return m;
  }

  public static Map<String, Object> sessionLost(long vu, String app, String reason) {
    return fields(vu, app, "reason", reason);
  }

  /** {@code outcome}: completed, failed or lost. */
  public static Map<String, Object> sessionEnded(long vu, String app, String outcome, int interactions) {
    return fields(vu, app, "outcome", outcome, "interactions", interactions);
  }

  public static Map<String, Object> runStarted(String runId, String scenario, long seed) {
    return runStarted(runId, scenario, seed, null, null, null);
  }

  /** With the run's provenance (docs/summary.md): any of the three may be null when unknown. */
  public static Map<String, Object> runStarted(String runId, String scenario, long seed, String gitCommit,
      String scenarioSha256, String gauntletVersion) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("runId", runId);
    f.put("scenario", scenario);
    f.put("seed", seed);
    f.put("gitCommit", gitCommit);
    f.put("scenarioSha256", scenarioSha256);
    f.put("gauntletVersion", gauntletVersion);
    return f;
  }

  /**
   * A supervised component ready again after a restart: {@code component} is its kind
   * ({@code gateway}, {@code scheduler}) and {@code id} its name ({@code gateway-2}), as fault targets name them.
   */
  public static Map<String, Object> restart(String component, String id, long pid) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("component", component);
    f.put("id", id);
    f.put("pid", pid);
    return f;
  }

  /** {@code status}: completed, interrupted or error. */
  public static Map<String, Object> runEnded(String status) {
    return runEnded(status, null);
  }

  /** {@code status}: completed, error or aborted; {@code reason} says why it did not complete (else null). */
  public static Map<String, Object> runEnded(String status, String reason) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("status", status);
    if (reason != null) {
      f.put("reason", reason);
    }
    return f;
  }

  /** Milliseconds rounded to microseconds, so lines stay short ({@code 12.345}). */
  static double ms(double millis) {
    return Math.round(millis * 1000.0) / 1000.0;
  }

  private static Map<String, Object> fields(long vu, String app, Object... pairs) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("vu", vu);
    f.put("app", app);
    for (int i = 0; i < pairs.length; i += 2) {
      f.put((String) pairs[i], pairs[i + 1]);
    }
    return f;
  }

  private static Map<String, Object> withError(Map<String, Object> f, String error) {
    if (error != null) {
      f.put("error", error);
    }
    return f;
  }
}
