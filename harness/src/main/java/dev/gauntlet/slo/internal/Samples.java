package dev.gauntlet.slo.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gauntlet.report.Fault;
import dev.gauntlet.report.Placements;
import dev.gauntlet.report.SchedulerEvents;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The journal (and the scheduler's events, the faults) read into each SLI's samples, per docs/slo.md's catalogue. */
public final class Samples {

  private final List<JsonNode> journal;
  private final Placements placements;
  private final SchedulerEvents events;
  private final List<Fault> faults;
  private final Map<String, String> appByVu = new HashMap<>();
  private final Map<String, List<Sample>> cache = new HashMap<>();

  public Samples(List<JsonNode> journal, Placements placements, SchedulerEvents events, List<Fault> faults) {
    this.journal = journal;
    this.placements = placements;
    this.events = events;
    this.faults = faults;
    for (JsonNode e : journal) {
      if (e.path("type").asText().equals("session_started") && e.hasNonNull("app")) {
        appByVu.put(e.path("vu").asText(), e.path("app").asText());
      }
    }
  }

  public List<Sample> of(String sli) {
    return cache.computeIfAbsent(sli, this::read);
  }

  private List<Sample> read(String sli) {
    List<Sample> out = new ArrayList<>();
    switch (sli) {
      case "pod_start_ms" -> podStarts(out);
      case "recovery_ms" -> recoveries(out);
      default -> journal.forEach(e -> line(sli, e, out));
    }
    return out;
  }

  private void line(String sli, JsonNode e, List<Sample> out) {
    String type = e.path("type").asText();
    long t = e.path("t").asLong();
    boolean interaction = type.equals("first_render") || type.equals("rerun");
    boolean ok = e.path("ok").asBoolean(false);
    switch (sli) {
      case "ttfr_ms", "ttfr_cold_ms", "ttfr_warm_ms" -> {
        if (type.equals("first_render") && ok && split(sli, e)) {
          out.add(Sample.latency(t, e.path("ttfrMs").asDouble(), app(e)));
        }
      }
      case "rerun_ms" -> {
        if (type.equals("rerun") && ok) {
          out.add(Sample.latency(t, e.path("rerunMs").asDouble(), app(e)));
        }
      }
      case "failover_ms" -> {
        if (type.equals("socket_recovered") || type.equals("failover_seen")) {
          out.add(Sample.latency(t, e.path("gapMs").asDouble(), app(e)));
        }
      }
      case "interaction_success", "failed_interactions" -> {
        if (interaction) {
          double millis = e.path(type.equals("rerun") ? "rerunMs" : "ttfrMs").asDouble(0);
          out.add(new Sample(t - Math.round(millis), t, app(e), 0, !ok, true));
        }
      }
      case "session_success" -> {
        if (type.equals("session_ended")) {
          out.add(Sample.event(t, app(e), !e.path("outcome").asText().equals("completed")));
        }
      }
      case "failed_sessions" -> {
        if (type.equals("session_ended")) {
          out.add(Sample.event(t, app(e), e.path("outcome").asText().equals("failed")));
        }
      }
      case "lost_sessions" -> {
        // counted: session_lost lines; the population the count is drawn from: sessions started
        if (type.equals("session_lost")) {
          out.add(new Sample(t, t, app(e), 0, true, false));
        } else if (type.equals("session_started")) {
          out.add(Sample.event(t, app(e), false));
        }
      }
      default -> throw new IllegalArgumentException("unknown SLI " + sli);
    }
  }

  private boolean split(String sli, JsonNode e) {
    if (sli.equals("ttfr_ms")) {
      return true;
    }
    return placements.cold(e.path("sessionId").asText(null)).map(cold -> cold == sli.equals("ttfr_cold_ms")).orElse(false);
  }

  private void podStarts(List<Sample> out) {
    events.podStarts().forEach(start -> out.add(Sample.latency(start.readyAt(), start.millis(), start.app())));
  }

  private void recoveries(List<Sample> out) {
    for (Fault f : faults) {
      if (!f.dryRun() && f.recoveryMillis() != null) {
        // time = the fault; its app is the first target's that names one
        String app = f.targets().stream().filter(t -> t.hasNonNull("app")).map(t -> t.path("app").asText())
            .findFirst().orElse("");
        out.add(new Sample(f.at(), f.at(), app, f.recoveryMillis(), false, true));
      }
    }
  }

  private String app(JsonNode e) {
    return e.hasNonNull("app") ? e.path("app").asText() : appByVu.getOrDefault(e.path("vu").asText(), "");
  }
}
