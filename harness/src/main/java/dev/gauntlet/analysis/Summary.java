package dev.gauntlet.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.gauntlet.measure.RunStatus;
import dev.gauntlet.measure.SliStats;
import java.util.List;
import java.util.Map;

/**
 * A run's {@code summary.json} (schema {@code gauntlet.summary/v1}, docs/run.md): session and
 * interaction counts and each SLI's statistics, all computed from the journal.
 *
 * @param startedAt the {@code run_started} instant (ISO-8601), or the first event's
 * @param endedAt the {@code run_ended} instant, or the last event's when the run was killed
 * @param status {@code completed}, {@code error}, {@code aborted} (an objective could no longer be met), or
 *     {@code interrupted} (no {@code run_ended})
 * @param statusReason the {@code run_ended} line's {@code reason} (why it erred or was aborted), else null
 * @param provenance the commit, scenario hash, version and seed the run recorded
 * @param sli by name ({@link dev.gauntlet.measure.Sli#SUMMARIZED}), in that order
 * @param slos each objective's verdict, in the scenario's order (empty without objectives)
 * @param faults each {@code fault} line and what it did (docs/chaos.md), in journal order
 * @param coldStart pods' created -> ready and TTFR by cold/warm placement
 * @param experiments each {@code experiment_ended} line's steady-state verdict, in journal order
 * @param identity logins, embed URLs and the time to first render's phases (docs/identity.md); null when nobody logged in
 * @param workers how the load was split over workers and their clock warnings; absent for one process
 */
@JsonPropertyOrder({"schema", "runId", "scenario", "startedAt", "endedAt", "status", "statusReason", "provenance",
    "sessions", "interactions", "sli", "slos", "faults", "coldStart", "experiments", "identity", "workers"})
public record Summary(String schema, String runId, String scenario, String startedAt, String endedAt, RunStatus status,
    String statusReason, Provenance provenance, Sessions sessions, Interactions interactions, Map<String, SliStats> sli,
    List<SloVerdict> slos, List<Fault> faults, ColdStart coldStart, List<ExperimentVerdict> experiments,
    @JsonInclude(JsonInclude.Include.NON_NULL) Identity identity,
    @JsonInclude(JsonInclude.Include.NON_NULL) Workers workers) {

  /** A summary of a run in one process. */
  public Summary(String schema, String runId, String scenario, String startedAt, String endedAt, RunStatus status,
      String statusReason, Provenance provenance, Sessions sessions, Interactions interactions, Map<String, SliStats> sli,
      List<SloVerdict> slos, List<Fault> faults, ColdStart coldStart, List<ExperimentVerdict> experiments,
      Identity identity) {
    this(schema, runId, scenario, startedAt, endedAt, status, statusReason, provenance, sessions, interactions, sli,
        slos, faults, coldStart, experiments, identity, null);
  }

  /** A summary of a run in one process in which nobody logged in (no {@code identity}). */
  public Summary(String schema, String runId, String scenario, String startedAt, String endedAt, RunStatus status,
      String statusReason, Provenance provenance, Sessions sessions, Interactions interactions, Map<String, SliStats> sli,
      List<SloVerdict> slos, List<Fault> faults, ColdStart coldStart, List<ExperimentVerdict> experiments) {
    this(schema, runId, scenario, startedAt, endedAt, status, statusReason, provenance, sessions, interactions, sli,
        slos, faults, coldStart, experiments, null, null);
  }

  public static final String SCHEMA = "gauntlet.summary/v1";

  public Summary {
    slos = List.copyOf(slos);
    faults = List.copyOf(faults);
    experiments = List.copyOf(experiments);
  }

  @JsonPropertyOrder({"started", "completed", "recovered", "lost", "failed"})
  public record Sessions(long started, long completed, long recovered, long lost, long failed) {}

  @JsonPropertyOrder({"ok", "failed"})
  public record Interactions(long ok, long failed) {}

  /** The same summary with {@code slos} in place of its verdicts. */
  public Summary withColdStart(ColdStart cold) {
    return new Summary(schema, runId, scenario, startedAt, endedAt, status, statusReason, provenance, sessions,
        interactions, sli, slos, faults, cold, experiments, identity, workers);
  }

  public Summary withSlos(List<SloVerdict> verdicts) {
    return new Summary(schema, runId, scenario, startedAt, endedAt, status, statusReason, provenance, sessions,
        interactions, sli, verdicts, faults, coldStart, experiments, identity, workers);
  }

  public Summary withWorkers(Workers split) {
    return new Summary(schema, runId, scenario, startedAt, endedAt, status, statusReason, provenance, sessions,
        interactions, sli, slos, faults, coldStart, experiments, identity, split);
  }
}
