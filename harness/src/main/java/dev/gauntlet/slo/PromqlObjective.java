package dev.gauntlet.slo;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An objective written in PromQL (docs/observability.md), judged by a Prometheus at the run's end:
 * an expression, then a comparison with a number, e.g.
 * {@code histogram_quantile(0.99, sum by (le) (rate(gauntlet_rerun_seconds_bucket[1m]))) < 0.5}.
 *
 * @param name unique in the run: the junit.xml test case and the terminal row
 * @param text the objective as written
 * @param expression the PromQL whose value is measured (the text before the comparison)
 * @param op {@code <}, {@code <=}, {@code >=}, {@code >}, {@code ==} or {@code !=}
 * @param threshold the number it is compared with
 * @param abortOnFail also judged every few seconds during the load, which stops once a value misses
 */
public record PromqlObjective(String name, String text, String expression, String op, double threshold,
    boolean abortOnFail, Path file, int line) {

  /** The SLI name verdicts carry, so a table can tell them from the journal's. */
  public static final String SLI = "promql";
  /** The last comparison with a number: what is left before it is the expression. */
  private static final Pattern COMPARISON = Pattern.compile(
      "(?s)(.*\\S)\\s*(<=|>=|==|!=|<|>)\\s*([-+]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?)\\s*");

  /** Splits {@code text}; empty when it does not end in a comparison with a number. */
  public static java.util.Optional<PromqlObjective> parse(String name, String text, Path file, int line) {
    Matcher m = COMPARISON.matcher(text.trim());
    if (!m.matches()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new PromqlObjective(name == null ? text.trim() : name, text.trim(), m.group(1).trim(),
        m.group(2), Double.parseDouble(m.group(3)), false, file, line));
  }

  /** This objective, judged during the load too. */
  public PromqlObjective abortingOnFail() {
    return new PromqlObjective(name, text, expression, op, threshold, true, file, line);
  }

  /** True when {@code value} meets the comparison. */
  public boolean holds(double value) {
    return Comparison.holds(op, value, threshold);
  }

  /** Of several series, the one furthest from meeting the objective (the largest for {@code <}). */
  public double worst(double a, double b) {
    return op.startsWith("<") ? Math.max(a, b) : op.startsWith(">") ? Math.min(a, b) : holds(a) ? b : a;
  }
}
