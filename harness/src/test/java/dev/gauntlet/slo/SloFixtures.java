package dev.gauntlet.slo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.JournalReader;
import dev.gauntlet.slo.internal.ObjectiveText;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Objectives and journal lines for evaluator tests, written as briefly as the YAML and journal they stand for. */
final class SloFixtures {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SloFixtures() {}

  static Objective objective(String text, String scope, String app, long windowMillis, int minSamples, boolean abort) {
    ObjectiveText.Parsed p = ObjectiveText.parse(text);
    return new Objective(text + " " + scope + " " + app, p.sli(), text, scope, app, Duration.ofMillis(windowMillis),
        minSamples, abort, Path.of("s.yaml"), 1, p.kind(), p.stat(), p.op(), p.threshold());
  }

  static Objective objective(String text, String scope) {
    return objective(text, scope, null, 5_000, 1, false);
  }

  /** A journal under construction: {@code at(t).line(json)}. */
  static final class Journal {

    final List<JournalEvent> lines = new ArrayList<>();

    Journal add(String json) {
      try {
        lines.add(JournalReader.decode(JSON.readTree(json)));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    Journal ttfr(long t, String app, double millis) {
      return add("{\"t\":" + t + ",\"type\":\"first_render\",\"vu\":1,\"app\":\"" + app + "\",\"ok\":true,\"ttfrMs\":" + millis
          + ",\"sessionId\":\"rs-" + t + "\"}");
    }

    Journal rerun(long t, String app, boolean ok, double millis) {
      return add("{\"t\":" + t + ",\"type\":\"rerun\",\"vu\":1,\"app\":\"" + app + "\",\"ok\":" + ok + ",\"rerunMs\":" + millis + "}");
    }

    Journal fault(long t, boolean dryRun) {
      return add("{\"t\":" + t + ",\"type\":\"fault\",\"action\":\"pod-kill\",\"targets\":[{\"component\":\"runtime\","
          + "\"id\":\"dash-01\",\"app\":\"dash\"}],\"dryRun\":" + dryRun + "}");
    }

    Journal session(long t, String app, String type, String outcome) {
      return add("{\"t\":" + t + ",\"type\":\"" + type + "\",\"vu\":1,\"app\":\"" + app + "\""
          + (outcome == null ? "" : ",\"outcome\":\"" + outcome + "\"") + "}");
    }
  }
}
