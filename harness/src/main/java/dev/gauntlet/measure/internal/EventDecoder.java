package dev.gauntlet.measure.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.measure.FaultTarget;
import dev.gauntlet.measure.JournalEvent.*;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.ProbeReading;
import dev.gauntlet.measure.RunStatus;
import dev.gauntlet.measure.SessionOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A parsed journal line to its {@link JournalEvent}. Lenient as a reader of files written by older
 * versions and by hand must be: a missing field reads as its default (0, false, null).
 */
public final class EventDecoder {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EventDecoder() {}

  /** Null when {@code line} has no {@code type}: not a journal event. */
  public static JournalEvent decode(JsonNode line) {
    if (line == null || !line.isObject() || !line.hasNonNull("type")) {
      return null;
    }
    Line l = new Line(line);
    long t = l.num("t");
    return switch (line.path("type").asText()) {
      case "run_started" -> new RunStarted(t, l.str("runId"), l.str("scenario"), l.boxedNum("seed"), l.str("gitCommit"),
          l.str("scenarioSha256"), l.str("gauntletVersion"));
      case "session_started" -> new SessionStarted(t, l.num("vu"), l.str("app"), l.str("entry"), l.num("intendedAt"));
      case "first_render" -> new FirstRender(t, l.num("vu"), l.str("app"), l.bool("ok"), l.dbl("ttfrMs"),
          l.dbl("httpMs"), l.dbl("wsConnectMs"), l.dbl("firstDeltaMs"), l.str("sessionId"), l.str("error"));
      case "rerun" -> new Rerun(t, l.num("vu"), l.str("app"), l.bool("ok"), l.dbl("rerunMs"), (int) l.num("seq"),
          l.str("error"));
      case "socket_dropped" -> new SocketDropped(t, l.num("vu"), l.str("app"), (int) l.num("code"), l.str("reason"),
          l.bool("inFlight"));
      case "socket_recovered" -> new SocketRecovered(t, l.num("vu"), l.str("app"), l.dbl("gapMs"),
          (int) l.num("attempts"), l.str("sessionId"));
      case "failover_seen" -> new FailoverSeen(t, l.num("vu"), l.str("app"), l.dbl("gapMs"), l.str("sessionId"),
          l.str("previousSessionId"));
      case "login" -> new Login(t, l.num("vu"), l.str("app"), l.bool("ok"), l.dbl("loginMs"), l.str("kind"),
          l.str("error"));
      case "embed" -> new EmbedMinted(t, l.num("vu"), l.str("app"), l.bool("ok"), l.dbl("embedMs"), l.str("error"));
      case "session_lost" -> new SessionLost(t, l.num("vu"), l.str("app"), l.str("reason"));
      case "session_ended" -> new SessionEnded(t, l.num("vu"), l.str("app"), SessionOutcome.of(l.str("outcome")),
          (int) l.num("interactions"));
      case "restart" -> new Restart(t, l.str("component"), l.str("id"), l.boxedNum("pid"));
      case "progress" -> new Progress(t, l.num("active"), l.num("done"), l.num("errors"));
      case "fault" -> new Fault(t, l.str("action"), l.str("experiment"), targets(line.path("targets")),
          l.bool("dryRun"), l.str("cause"));
      case "fault_ended" -> new FaultEnded(t, l.str("action"), l.str("experiment"), targets(line.path("targets")));
      case "steady_state" -> new SteadyStateChecked(t, l.str("experiment"), l.str("phase"), l.bool("held"),
          probes(line.path("probes")));
      case "experiment_ended" -> new ExperimentEnded(t, l.str("experiment"), l.str("steadyState"),
          l.boxedNum("deviatedAt"));
      case "run_ended" -> new RunEnded(t, RunStatus.of(l.str("status")), l.str("reason"));
      default -> other(t, line);
    };
  }

  private static List<FaultTarget> targets(JsonNode array) {
    List<FaultTarget> out = new ArrayList<>();
    for (JsonNode n : array) {
      Line l = new Line(n);
      List<String> ids = null;
      if (n.has("sessionIds") && n.get("sessionIds").isArray()) {
        ids = new ArrayList<>();
        for (JsonNode id : n.get("sessionIds")) {
          ids.add(id.asText());
        }
      }
      Long sessions = l.boxedNum("sessions");
      out.add(new FaultTarget(l.str("component"), l.str("id"), l.boxedNum("pid"), l.str("app"),
          sessions == null ? null : sessions.intValue(), l.str("endpoint"), ids));
    }
    return out;
  }

  private static List<ProbeReading> probes(JsonNode array) {
    List<ProbeReading> out = new ArrayList<>();
    for (JsonNode n : array) {
      Line l = new Line(n);
      out.add(new ProbeReading(l.str("name"), n.hasNonNull("value") ? n.get("value").asDouble() : null, l.bool("held")));
    }
    return out;
  }

  private static Other other(long t, JsonNode line) {
    Map<String, Object> fields = JSON.convertValue(line, new TypeReference<Map<String, Object>>() {});
    fields.remove("t");
    fields.remove("type");
    return new Other(t, line.path("type").asText(), fields);
  }

  /** Field access with the defaults docs/run.md implies for a missing field. */
  private record Line(JsonNode node) {
    String str(String field) {
      return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    long num(String field) {
      return node.path(field).asLong(0);
    }

    Long boxedNum(String field) {
      return node.hasNonNull(field) ? node.get(field).asLong() : null;
    }

    double dbl(String field) {
      return node.path(field).asDouble(0);
    }

    boolean bool(String field) {
      return node.path(field).asBoolean(false);
    }
  }
}
