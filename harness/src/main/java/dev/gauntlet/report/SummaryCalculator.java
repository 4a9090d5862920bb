package dev.gauntlet.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.HdrHistogram.Histogram;

/** docs/run.md's rules, from journal events and the placements snapshot to a {@link Summary}. */
public final class SummaryCalculator {

  private SummaryCalculator() {}

  /**
   * @param fallbackRunId used when the journal has no {@code run_started} (e.g. the run dir's name)
   * @param fallbackScenario likewise, e.g. from plan.json
   */
  public static Summary compute(List<JsonNode> events, Placements placements, String fallbackRunId, String fallbackScenario) {
    return compute(events, placements, SchedulerEvents.none(), fallbackRunId, fallbackScenario);
  }

  /** As above, with the scheduler's events for pod cold starts and platform recovery. */
  public static Summary compute(List<JsonNode> events, Placements placements, SchedulerEvents schedulerEvents,
      String fallbackRunId, String fallbackScenario) {
    Map<String, Histogram> sli = new LinkedHashMap<>();
    for (String name : Summary.SLI_NAMES) {
      sli.put(name, SliStats.histogram());
    }
    long started = 0;
    long completed = 0;
    long lost = 0;
    long failed = 0;
    long ok = 0;
    long notOk = 0;
    Set<String> recovered = new HashSet<>();
    List<ExperimentVerdict> experiments = new ArrayList<>();
    JsonNode runStarted = null;
    JsonNode runEnded = null;
    for (JsonNode e : events) {
      switch (e.path("type").asText()) {
        case "run_started" -> runStarted = runStarted == null ? e : runStarted;
        case "run_ended" -> runEnded = e;
        case "session_started" -> started++;
        case "session_ended" -> {
          switch (e.path("outcome").asText()) {
            case "completed" -> completed++;
            case "lost" -> lost++;
            case "failed" -> failed++;
            default -> { } // an outcome docs/run.md does not name counts as started only
          }
        }
        case "first_render" -> {
          if (e.path("ok").asBoolean(false)) {
            ok++;
            double ttfr = e.path("ttfrMs").asDouble();
            SliStats.record(sli.get("ttfr_ms"), ttfr);
            placements.cold(e.path("sessionId").asText(null))
                .ifPresent(cold -> SliStats.record(sli.get(cold ? "ttfr_cold_ms" : "ttfr_warm_ms"), ttfr));
          } else {
            notOk++;
          }
        }
        case "rerun" -> {
          if (e.path("ok").asBoolean(false)) {
            ok++;
            SliStats.record(sli.get("rerun_ms"), e.path("rerunMs").asDouble());
          } else {
            notOk++;
          }
        }
        case "socket_recovered", "failover_seen" -> {
          recovered.add(e.path("vu").asText());
          SliStats.record(sli.get("failover_ms"), e.path("gapMs").asDouble());
        }
        case "experiment_ended" -> experiments.add(new ExperimentVerdict(e.path("experiment").asText(),
            e.path("steadyState").asText(), e.hasNonNull("deviatedAt") ? e.path("deviatedAt").asLong() : null,
            e.path("t").asLong()));
        default -> { } // progress, socket_dropped, session_lost: context, not counted
      }
    }
    Map<String, SliStats> stats = new LinkedHashMap<>();
    sli.forEach((name, h) -> stats.put(name, SliStats.of(h)));
    JsonNode first = events.isEmpty() ? null : events.get(0);
    JsonNode last = events.isEmpty() ? null : events.get(events.size() - 1);
    JsonNode head = runStarted != null ? runStarted : first;
    JsonNode tail = runEnded != null ? runEnded : last;
    return new Summary(Summary.SCHEMA,
        runStarted != null ? runStarted.path("runId").asText(fallbackRunId) : fallbackRunId,
        runStarted != null ? runStarted.path("scenario").asText(fallbackScenario) : fallbackScenario,
        instant(head), instant(tail),
        runEnded != null ? runEnded.path("status").asText("completed") : "interrupted",
        runEnded != null && runEnded.hasNonNull("reason") ? runEnded.path("reason").asText() : null,
        provenance(runStarted),
        new Summary.Sessions(started, completed, recovered.size(), lost, failed),
        new Summary.Interactions(ok, notOk), stats, List.of(), FaultAnalysis.faults(events, placements, schedulerEvents),
        new ColdStart(ColdStart.podsMillis(schedulerEvents), stats.get("ttfr_cold_ms"), stats.get("ttfr_warm_ms")),
        experiments);
  }

  private static Provenance provenance(JsonNode runStarted) {
    if (runStarted == null) {
      return Provenance.UNKNOWN;
    }
    return new Provenance(text(runStarted, "gitCommit"), text(runStarted, "scenarioSha256"),
        text(runStarted, "gauntletVersion"), runStarted.hasNonNull("seed") ? runStarted.path("seed").asLong() : null);
  }

  private static String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.path(field).asText() : null;
  }

  private static String instant(JsonNode event) {
    return event == null || !event.has("t") ? null : Instant.ofEpochMilli(event.path("t").asLong()).toString();
  }
}
