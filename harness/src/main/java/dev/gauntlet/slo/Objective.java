package dev.gauntlet.slo;

import dev.gauntlet.measure.SliKind;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One objective as resolved from a scenario (includes read, defaults applied): what {@code slos.json}
 * keeps and {@link SloEvaluator} judges.
 *
 * @param name unique in the run: the junit.xml test case and the terminal row
 * @param sli the SLI it reads, e.g. {@code ttfr_ms}
 * @param text the objective as written, e.g. {@code ttfr_ms p95 < 2000}
 * @param scope {@code run}, {@code steady} or {@code fault}
 * @param app only this app's events, or null for every app
 * @param window the length of the window after each fault (fault and steady scopes)
 * @param minSamples fewer samples than this is not met; 0 allows a vacuous pass
 * @param abortOnFail stop the run once the objective can no longer be met
 * @param file the file it was written in
 * @param line its 1-based line there
 * @param kind latency, ratio or count
 * @param stat {@code p95}, {@code p99.9}, {@code max} for latency; null otherwise
 * @param op {@code <}, {@code <=}, {@code >=} or {@code >}
 * @param threshold in the SLI's unit: ms, percent or a count
 */
public record Objective(String name, String sli, String text, String scope, String app, Duration window,
    int minSamples, boolean abortOnFail, Path file, int line, SliKind kind, String stat, String op,
    double threshold) {

  public static final String RUN = "run";
  public static final String STEADY = "steady";
  public static final String FAULT = "fault";

  /** This objective, stopping the load once it can no longer be met (a capacity step's objectives all do). */
  public Objective abortingOnFail() {
    return new Objective(name, sli, text, scope, app, window, minSamples, true, file, line, kind, stat, op, threshold);
  }

  /** The percentile a latency stat names (95 for p95, 100 for max); 0 for other kinds. */
  public double percentile() {
    if (stat == null) {
      return 0;
    }
    return stat.equals("max") ? 100 : Double.parseDouble(stat.substring(1));
  }

  /** True when {@code value} meets the objective's operator and threshold. */
  public boolean holds(double value) {
    return Comparison.holds(op, value, threshold);
  }
}
