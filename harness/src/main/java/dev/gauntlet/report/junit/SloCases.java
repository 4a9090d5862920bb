package dev.gauntlet.report.junit;

import dev.gauntlet.analysis.SloVerdict;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A test case per objective: {@code ttfr_ms p95 = 95.100 ms, objective < 1 ms (118 samples)}. */
final class SloCases {

  // <sli> [<stat>] <op> <threshold>: the grammar of docs/slo.md, read back from the objective's text
  private static final Pattern OBJECTIVE =
      Pattern.compile("\\s*(\\S+)(?:\\s+(p\\d+(?:\\.\\d+)?|max))?\\s*(<=|>=|<|>)\\s*(.+?)\\s*");

  private SloCases() {}

  static List<TestCase> of(List<SloVerdict> verdicts, String classname) {
    return verdicts.stream().map(v -> new TestCase(classname, v.name(), v.met() ? null
        : TestCase.Outcome.failure("slo.missed", message(v), details(v)), message(v))).toList();
  }

  /** The measured value against the objective, with the samples it stands on (and the note, if any). */
  static String message(SloVerdict v) {
    Matcher m = OBJECTIVE.matcher(v.objective());
    String judged = m.matches() ? m.group(1) + (m.group(2) == null ? "" : " " + m.group(2)) : v.name();
    String objective = m.matches() ? m.group(3) + " " + threshold(m.group(4), v.unit()) : v.objective();
    return judged + " = " + value(v) + ", objective " + objective + " (" + v.samples() + (v.samples() == 1 ? " sample)" : " samples)")
        + (v.note() == null ? "" : ": " + v.note());
  }

  private static String details(SloVerdict v) {
    StringBuilder b = new StringBuilder();
    b.append("objective: ").append(v.objective()).append('\n');
    b.append("sli: ").append(v.sli()).append(", scope: ").append(v.scope())
        .append(", app: ").append(v.app() == null ? "all" : v.app()).append('\n');
    b.append("measured: ").append(value(v)).append(" over ").append(v.samples()).append(v.samples() == 1 ? " sample\n" : " samples\n");
    if (v.note() != null) {
      b.append("note: ").append(v.note()).append('\n');
    }
    SloVerdict.Budget budget = v.budget();
    if (budget != null) {
      b.append(String.format(Locale.ROOT, "error budget: %d events, %.3f bad allowed, %d consumed (%s of the budget)%n",
          budget.events(), budget.allowed(), budget.consumed(),
          budget.consumedPercent() == null ? "none allowed" : String.format(Locale.ROOT, "%.1f%%", budget.consumedPercent())));
      if (budget.burnRate() != null) {
        b.append("burn rate: steady ").append(rate(budget.burnRate().steady())).append(", fault ")
            .append(rate(budget.burnRate().fault())).append('\n');
      }
    }
    return b.toString().replace(System.lineSeparator(), "\n");
  }

  private static String value(SloVerdict v) {
    if (v.measured() == null) {
      return "no value";
    }
    return switch (String.valueOf(v.unit())) {
      case "ms" -> String.format(Locale.ROOT, "%.3f ms", v.measured());
      case "percent" -> String.format(Locale.ROOT, "%.3f%%", v.measured());
      // a PromQL value (docs/observability.md): any number, often a fraction of a second
      case "value" -> new java.math.BigDecimal(v.measured()).round(new java.math.MathContext(6)).stripTrailingZeros()
          .toPlainString();
      default -> String.format(Locale.ROOT, "%.0f", v.measured());
    };
  }

  /** A latency threshold written without a unit is in ms: say so. */
  private static String threshold(String written, String unit) {
    return "ms".equals(unit) && written.matches("[0-9.]+") ? written + " ms" : written;
  }

  private static String rate(Double r) {
    return r == null ? "none (no events)" : String.format(Locale.ROOT, "%.2f", r);
  }
}
