package dev.gauntlet.analysis;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gauntlet.measure.RunStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How a run's load was split ({@code workers.json}, docs/workers.md): each worker's share, status and
 * clock offset against the coordinator, and the warnings a reader of the figures should see (a clock
 * skew over the bound). Summary's {@code workers} section; absent for a run in one process.
 *
 * @param skewBoundMillis an offset larger than this, either way, is a warning
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"count", "skewBoundMillis", "workers", "warnings"})
public record Workers(int count, double skewBoundMillis, List<Worker> workers, List<String> warnings) {

  public static final String FILE = "workers.json";

  /** A bound well above what a LAN's NTP keeps, and well below a fault window's resolution. */
  public static final double DEFAULT_SKEW_BOUND_MILLIS = 100;

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public Workers {
    workers = List.copyOf(workers);
    warnings = List.copyOf(warnings);
  }

  /**
   * One worker, or one shard run merged in.
   *
   * @param dir its directory, relative to the run dir (or the input's path for a merge)
   * @param clockOffsetMillis the coordinator's clock minus the worker's when it started; null: not measured
   * @param roundTripMillis the round trip of the offset's best probe (its error is at most half of it)
   * @param cpuSeconds the worker JVM's CPU time (user + system) when it ended; null: not known
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonPropertyOrder({"worker", "dir", "host", "status", "users", "arrivalsPerSecond", "clockOffsetMillis",
      "roundTripMillis", "cpuSeconds"})
  public record Worker(int worker, String dir, String host, RunStatus status, int users, double arrivalsPerSecond,
      Double clockOffsetMillis, Double roundTripMillis, Double cpuSeconds) {}

  /** The warnings about clocks set further apart than the bound. */
  public static List<String> skewWarnings(List<Worker> workers, double boundMillis) {
    return workers.stream().filter(w -> w.clockOffsetMillis() != null && Math.abs(w.clockOffsetMillis()) > boundMillis)
        .map(w -> String.format(java.util.Locale.ROOT, "worker %d's clock is %.0f ms %s the coordinator's (bound %.0f ms):"
            + " its times are shifted by that much against the others and the faults; keep the load machines' clocks"
            + " in sync (NTP)", w.worker(), Math.abs(w.clockOffsetMillis()), w.clockOffsetMillis() > 0 ? "behind" : "ahead of",
            boundMillis))
        .toList();
  }

  public void write(Path runDir) {
    try {
      JSON.writeValue(runDir.resolve(FILE).toFile(), this);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + runDir.resolve(FILE), e);
    }
  }

  /** The run dir's {@code workers.json}; empty for a run in one process. */
  public static Optional<Workers> read(Path runDir) {
    Path file = runDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), Workers.class));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
