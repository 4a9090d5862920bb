package dev.gauntlet.measure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of a run's journal (docs/run.md, docs/chaos.md): a record per line type, each with its
 * instant {@code t} (epoch ms) and its fields in the order the line has them. Durations are ms with
 * fractions, rounded to the microsecond when written. {@link Journal} writes them and
 * {@link JournalReader} reads them back; a type this version does not know reads as {@link Other}.
 */
public sealed interface JournalEvent {

  /** When it happened, epoch ms. */
  long t();

  /** The line's {@code type}, e.g. {@code first_render}. */
  String type();

  /** The fields after {@code t} and {@code type}, in the line's order. */
  Map<String, Object> fields();

  /** A line a virtual user wrote: {@code vu} is unique in the run, {@code app} the app it drives. */
  sealed interface VuEvent extends JournalEvent {
    long vu();

    String app();
  }

  /** A first render or a rerun: the interactions the success ratio counts. */
  sealed interface Interaction extends VuEvent {
    boolean ok();

    /** Its latency, ms. */
    double millis();

    /** Why it failed; null when ok. */
    String error();
  }

  /** A recovery after a disruption: a socket recovered, or a failover the gateway made on the same socket. */
  sealed interface Recovery extends VuEvent {
    double gapMs();

    String sessionId();
  }

  record RunStarted(long t, String runId, String scenario, Long seed, String gitCommit, String scenarioSha256,
      String gauntletVersion) implements JournalEvent {
    public String type() {
      return "run_started";
    }

    public Map<String, Object> fields() {
      return Fields.of("runId", runId, "scenario", scenario, "seed", seed, "gitCommit", gitCommit,
          "scenarioSha256", scenarioSha256, "gauntletVersion", gauntletVersion);
    }
  }

  /** @param intendedAt epoch ms the session was meant to start (open model: its scheduled start) */
  record SessionStarted(long t, long vu, String app, String entry, long intendedAt) implements VuEvent {
    public String type() {
      return "session_started";
    }

    public Map<String, Object> fields() {
      return Fields.vu(vu, app, "entry", entry, "intendedAt", intendedAt);
    }
  }

  /** @param error null when ok */
  record FirstRender(long t, long vu, String app, boolean ok, double ttfrMs, double httpMs, double wsConnectMs,
      double firstDeltaMs, String sessionId, String error) implements Interaction {
    public String type() {
      return "first_render";
    }

    public double millis() {
      return ttfrMs;
    }

    public Map<String, Object> fields() {
      return Fields.withError(Fields.vu(vu, app, "ok", ok, "ttfrMs", Fields.ms(ttfrMs), "httpMs", Fields.ms(httpMs),
          "wsConnectMs", Fields.ms(wsConnectMs), "firstDeltaMs", Fields.ms(firstDeltaMs), "sessionId", sessionId), error);
    }
  }

  /** @param error null when ok */
  record Rerun(long t, long vu, String app, boolean ok, double rerunMs, int seq, String error) implements Interaction {
    public String type() {
      return "rerun";
    }

    public double millis() {
      return rerunMs;
    }

    public Map<String, Object> fields() {
      return Fields.withError(Fields.vu(vu, app, "ok", ok, "rerunMs", Fields.ms(rerunMs), "seq", seq), error);
    }
  }

  /** @param inFlight a rerun was running when the socket closed */
  record SocketDropped(long t, long vu, String app, int code, String reason, boolean inFlight) implements VuEvent {
    public String type() {
      return "socket_dropped";
    }

    public Map<String, Object> fields() {
      return Fields.vu(vu, app, "code", code, "reason", reason, "inFlight", inFlight);
    }
  }

  /** @param gapMs the drop (or the last good message) to the first good {@code script_finished} after it */
  record SocketRecovered(long t, long vu, String app, double gapMs, int attempts, String sessionId)
      implements Recovery {
    public String type() {
      return "socket_recovered";
    }

    public Map<String, Object> fields() {
      return Fields.vu(vu, app, "gapMs", Fields.ms(gapMs), "attempts", attempts, "sessionId", sessionId);
    }
  }

  /** @param previousSessionId the dead pod's session (null when unknown): a mid-render failover has no other trace of it */
  record FailoverSeen(long t, long vu, String app, double gapMs, String sessionId, String previousSessionId)
      implements Recovery {
    public String type() {
      return "failover_seen";
    }

    public Map<String, Object> fields() {
      Map<String, Object> f = Fields.vu(vu, app, "gapMs", Fields.ms(gapMs), "sessionId", sessionId);
      if (previousSessionId != null) {
        f.put("previousSessionId", previousSessionId);
      }
      return f;
    }
  }

  record SessionLost(long t, long vu, String app, String reason) implements VuEvent {
    public String type() {
      return "session_lost";
    }

    public Map<String, Object> fields() {
      return Fields.vu(vu, app, "reason", reason);
    }
  }

  /**
   * A token request to the identity provider (docs/identity.md): a viewer's login, a refresh of a
   * token near expiry, or a host application's client-credentials token. Never the token itself.
   *
   * @param kind {@code login}, {@code refresh} or {@code host}
   * @param error null when ok
   */
  record Login(long t, long vu, String app, boolean ok, double loginMs, String kind, String error) implements VuEvent {
    public String type() {
      return "login";
    }

    public Map<String, Object> fields() {
      return Fields.withError(Fields.vu(vu, app, "ok", ok, "loginMs", Fields.ms(loginMs), "kind", kind), error);
    }
  }

  /**
   * An embed URL minted by the host application ({@code POST /v1/embed-urls}) for this session.
   *
   * @param error null when ok
   */
  record EmbedMinted(long t, long vu, String app, boolean ok, double embedMs, String error) implements VuEvent {
    public String type() {
      return "embed";
    }

    public Map<String, Object> fields() {
      return Fields.withError(Fields.vu(vu, app, "ok", ok, "embedMs", Fields.ms(embedMs)), error);
    }
  }

  /** @param outcome how it ended ({@link SessionOutcome}) */
  record SessionEnded(long t, long vu, String app, SessionOutcome outcome, int interactions) implements VuEvent {

    public String type() {
      return "session_ended";
    }

    public Map<String, Object> fields() {
      return Fields.vu(vu, app, "outcome", outcome == null ? null : outcome.text(), "interactions", interactions);
    }
  }

  /**
   * A supervised component ready again after a restart.
   *
   * @param component its kind ({@code gateway}, {@code scheduler}), as fault targets name it
   * @param id its name ({@code gateway-2})
   * @param pid the new process's, null where the deployment has none
   */
  record Restart(long t, String component, String id, Long pid) implements JournalEvent {
    public String type() {
      return "restart";
    }

    public Map<String, Object> fields() {
      return Fields.of("component", component, "id", id, "pid", pid);
    }
  }

  /** The run's live counts, written every second. */
  record Progress(long t, long active, long done, long errors) implements JournalEvent {
    public String type() {
      return "progress";
    }

    public Map<String, Object> fields() {
      return Fields.of("active", active, "done", done, "errors", errors);
    }
  }

  /**
   * A chaos action resolved its targets and (unless a dry run) hit them; or the platform's kernel
   * did ({@code oom-kill}, cause {@code OOMKilled}, no experiment).
   *
   * @param cause why the platform itself ended a target ({@code OOMKilled}); null for a chaos action
   */
  record Fault(long t, String action, String experiment, List<FaultTarget> targets, boolean dryRun, String cause)
      implements JournalEvent {
    public Fault {
      targets = List.copyOf(targets);
    }

    /** A chaos action's fault: no cause beyond the action. */
    public Fault(long t, String action, String experiment, List<FaultTarget> targets, boolean dryRun) {
      this(t, action, experiment, targets, dryRun, null);
    }

    public String type() {
      return "fault";
    }

    public Map<String, Object> fields() {
      Map<String, Object> fields = Fields.of("action", action, "experiment", experiment, "targets",
          Fields.targets(targets), "dryRun", dryRun);
      if (cause != null) {
        fields.put("cause", cause);
      }
      return fields;
    }
  }

  /** Frozen targets thawed (a pause's end or a rollback). */
  record FaultEnded(long t, String action, String experiment, List<FaultTarget> targets) implements JournalEvent {
    public FaultEnded {
      targets = List.copyOf(targets);
    }

    public String type() {
      return "fault_ended";
    }

    public Map<String, Object> fields() {
      return Fields.of("action", action, "experiment", experiment, "targets", Fields.targets(targets));
    }
  }

  /** An experiment's steady-state check: {@code phase} before, during or after its method. */
  record SteadyStateChecked(long t, String experiment, String phase, boolean held, List<ProbeReading> probes)
      implements JournalEvent {
    public SteadyStateChecked {
      probes = List.copyOf(probes);
    }

    public String type() {
      return "steady_state";
    }

    public Map<String, Object> fields() {
      return Fields.of("experiment", experiment, "phase", phase, "held", held, "probes",
          probes.stream().map(ProbeReading::fields).toList());
    }
  }

  /** @param steadyState {@code held} or {@code deviated}; @param deviatedAt epoch ms of the first deviation, else null */
  record ExperimentEnded(long t, String experiment, String steadyState, Long deviatedAt) implements JournalEvent {
    public String type() {
      return "experiment_ended";
    }

    public Map<String, Object> fields() {
      return Fields.of("experiment", experiment, "steadyState", steadyState, "deviatedAt", deviatedAt);
    }
  }

  /** @param status how it ended (never interrupted: that is a journal with no run_ended); @param reason why it did not complete, else null */
  record RunEnded(long t, RunStatus status, String reason) implements JournalEvent {
    public String type() {
      return "run_ended";
    }

    public Map<String, Object> fields() {
      Map<String, Object> f = Fields.of("status", status == null ? null : status.text());
      if (reason != null) {
        f.put("reason", reason);
      }
      return f;
    }
  }

  /** A line of a type this version does not know: kept, so a newer journal still reads. */
  record Other(long t, String type, Map<String, Object> fields) implements JournalEvent {
    public Other {
      fields = new LinkedHashMap<>(fields);
    }

    public Map<String, Object> fields() {
      return new LinkedHashMap<>(fields);
    }
  }
}
