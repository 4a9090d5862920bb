package dev.gauntlet.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.report.SliStats;
import java.io.IOException;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/** Running counts over journal lines, for the progress line: not the summary (that re-reads all). */
final class LiveCounts {

  private static final ObjectMapper JSON = new ObjectMapper();

  private long started;
  private long done;
  private long errors;
  private final Histogram ttfr = SliStats.histogram();
  private final Histogram rerun = SliStats.histogram();

  void accept(String line) {
    JsonNode e;
    try {
      e = JSON.readTree(line);
    } catch (IOException ex) {
      return;
    }
    if (e == null) {
      return;
    }
    switch (e.path("type").asText()) {
      case "session_started" -> started++;
      case "session_ended" -> done++;
      case "first_render" -> interaction(e, ttfr, "ttfrMs");
      case "rerun" -> interaction(e, rerun, "rerunMs");
      default -> { }
    }
  }

  private void interaction(JsonNode e, Histogram h, String field) {
    if (e.path("ok").asBoolean(false)) {
      SliStats.record(h, e.path(field).asDouble());
    } else {
      errors++;
    }
  }

  long active() {
    return Math.max(0, started - done);
  }

  long done() {
    return done;
  }

  long errors() {
    return errors;
  }

  /** {@code [  12s] active 20  done 35  errors 0  p95 ttfr 45 ms  p95 rerun 12 ms}. */
  String line(long elapsedSeconds) {
    return String.format(Locale.ROOT, "[%4ds] active %d  done %d  errors %d  p95 ttfr %s  p95 rerun %s",
        elapsedSeconds, active(), done, errors, p95(ttfr), p95(rerun));
  }

  private static String p95(Histogram h) {
    return h.getTotalCount() == 0 ? "-" : SliStats.of(h).p95() < 10
        ? String.format(Locale.ROOT, "%.1f ms", SliStats.of(h).p95())
        : Math.round(SliStats.of(h).p95()) + " ms";
  }
}
