package dev.gauntlet.analysis;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * What a capacity search found: {@code capacity.json} in its run directory (docs/capacity.md).
 *
 * @param variable the level varied: {@code users} or {@code arrivalsPerSecond}
 * @param maxLoad the highest level at which every objective held; 0 when none did
 * @param firstBreaking the lowest level that broke an objective, null when the maximum held
 * @param limitedBy the objective the first breaking level missed (null when none broke)
 * @param saturated the first resource to saturate: the process whose CPU share rose most at the breaking level, or null
 * @param perPod sessions per runtime pod at maxLoad (null without pods, e.g. an external target)
 * @param perGateway sessions per gateway at maxLoad
 * @param required the level CI requires, or null; {@code met} says whether maxLoad reaches it
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"schema", "runId", "scenario", "variable", "start", "maximum", "resolution", "steps", "maxLoad",
    "firstBreaking", "limitedBy", "saturated", "usl", "perPod", "perGateway", "sizing", "required", "met"})
public record Capacity(String schema, String runId, String scenario, String variable, double start, double maximum,
    double resolution, List<Step> steps, double maxLoad, Double firstBreaking, String limitedBy, String saturated,
    Usl usl, Double perPod, Double perGateway, Sizing sizing, Double required, boolean met) {

  public static final String SCHEMA = "gauntlet.capacity/v1";
  public static final String FILE = "capacity.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public Capacity {
    steps = List.copyOf(steps);
  }

  /**
   * One load step.
   *
   * @param phase {@code step} (stepping up) or {@code bisect}
   * @param judgedFrom epoch ms: the judged window's start (after the warm-up)
   * @param throughput interactions (first renders and reruns, ok or not) a second in the judged window
   * @param concurrency mean sessions active in the judged window (closed model: about the level)
   * @param p95Ms the p95 of ttfr_ms and rerun_ms together in the window, null without samples
   * @param verdict {@code held} or {@code broke}
   * @param stoppedEarly the step was cut short because an objective could no longer be met
   * @param pods runtime pods in use at the step's end
   * @param cpuSeconds CPU seconds each deployment process used during the step, by component id
   */
  @JsonPropertyOrder({"index", "level", "phase", "startedAt", "judgedFrom", "judgedTo", "throughput", "concurrency",
      "sessions", "p95Ms", "objectives", "verdict", "stoppedEarly", "reason", "pods", "gateways", "cpuSeconds"})
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Step(int index, double level, String phase, long startedAt, long judgedFrom, long judgedTo,
      double throughput, double concurrency, long sessions, Double p95Ms, List<Objective> objectives, String verdict,
      boolean stoppedEarly, String reason, int pods, int gateways, Map<String, Double> cpuSeconds) {

    public Step {
      objectives = List.copyOf(objectives);
      cpuSeconds = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(cpuSeconds)); // sorted: a stable file
    }

    public static final String HELD = "held";
    public static final String BROKE = "broke";

    public boolean held() {
      return HELD.equals(verdict);
    }
  }

  /** An objective's reading over one step's judged window. */
  @JsonPropertyOrder({"name", "measured", "unit", "samples", "met"})
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Objective(String name, Double measured, String unit, long samples, boolean met) {}

  /** The Universal Scalability Law fit of throughput against concurrency; null fields when there was no fit. */
  @JsonPropertyOrder({"sigma", "kappa", "lambda", "peak", "r2", "points", "note"})
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Usl(Double sigma, Double kappa, Double lambda, Double peak, Double r2, int points, String note) {}

  /** What a {@code target:} load needs with the headroom given: units sized to (1 - headroom) of what each held. */
  @JsonPropertyOrder({"target", "headroom", "pods", "gateways"})
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Sizing(double target, double headroom, Integer pods, Integer gateways) {}

  /** Writes {@code runDir/capacity.json} atomically. */
  public void write(Path runDir) {
    try {
      Path tmp = runDir.resolve(FILE + ".tmp");
      JSON.writeValue(tmp.toFile(), this);
      Files.move(tmp, runDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + runDir.resolve(FILE), e);
    }
  }

  public String json() {
    try {
      return JSON.writeValueAsString(this);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Capacity read(Path file) {
    try {
      return JSON.readValue(file.toFile(), Capacity.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
