package dev.gauntlet.slo.internal;

import dev.gauntlet.measure.Sli;
import dev.gauntlet.measure.SliKind;
import dev.gauntlet.yaml.Suggest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The objective grammar: {@code <sli> <stat> <op> <number>[ms|s]} (latency), {@code <sli> <op> <number>%}
 * (ratio), {@code <sli> <op> <integer>} (count).
 */
public final class ObjectiveText {

  private static final Pattern SLI = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*(.*)");
  private static final Pattern LATENCY = Pattern.compile("(p\\d{1,2}(?:\\.\\d+)?|max)\\s*(<=|<)\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s)?");
  private static final Pattern RATIO = Pattern.compile("(>=|>)\\s*(\\d+(?:\\.\\d+)?)\\s*%");
  private static final Pattern COUNT = Pattern.compile("(<=|<)\\s*(\\d+)");
  private static final Pattern OPERATOR = Pattern.compile(".*?(<=|>=|==|=|<|>).*");

  /** The parsed parts; {@code threshold} in ms, percent or a count. */
  public record Parsed(String sli, SliKind kind, String stat, String op, double threshold) {}

  /** What is wrong with an objective's text and how to write it instead. */
  public static final class Invalid extends RuntimeException {

    private final String fix;

    Invalid(String what, String fix) {
      super(what);
      this.fix = fix;
    }

    public String fix() {
      return fix;
    }
  }

  private ObjectiveText() {}

  public static Parsed parse(String text) {
    String t = text == null ? "" : text.trim();
    Matcher m = SLI.matcher(t);
    if (t.isEmpty() || !m.matches()) {
      throw new Invalid("is empty or does not start with an SLI name", "write e.g. ttfr_ms p95 < 2000");
    }
    String sli = m.group(1);
    String rest = m.group(2).trim();
    SliKind kind = Sli.byKey(sli).map(Sli::kind).orElse(null);
    if (kind == null) {
      throw new Invalid("names an unknown SLI '" + sli + "'" + hint(sli),
          "known SLIs: " + String.join(", ", Sli.keys()));
    }
    return switch (kind) {
      case LATENCY -> latency(sli, rest);
      case RATIO -> ratio(sli, rest);
      case COUNT -> count(sli, rest);
    };
  }

  /** A typo's closest SLI, else one the word begins ('ttfr' -> ttfr_ms, 'interaction' -> interaction_success). */
  private static String hint(String sli) {
    String typo = Suggest.hint(sli, Sli.keys());
    if (!typo.isEmpty()) {
      return typo;
    }
    return Sli.keys().stream().filter(n -> n.startsWith(sli.toLowerCase() + "_")).findFirst()
        .map(n -> " (did you mean " + n + "?)").orElse("");
  }

  private static Parsed latency(String sli, String rest) {
    Matcher m = LATENCY.matcher(rest);
    if (m.matches()) {
      double value = Double.parseDouble(m.group(3)) * ("s".equals(m.group(4)) ? 1_000 : 1);
      return new Parsed(sli, SliKind.LATENCY, m.group(1), m.group(2), value);
    }
    String example = sli + " p95 < 2000";
    if (rest.matches("[<>=]+.*")) {
      throw new Invalid("has no statistic", "latency SLIs take a percentile or max first: " + example);
    }
    if (rest.matches("\\S+\\s*(>=|>|==|=).*")) {
      throw new Invalid("bounds a latency from below", "a latency objective is an upper bound, with < or <=: " + example);
    }
    if (rest.endsWith("%")) {
      throw new Invalid("gives a latency in percent", "latency SLIs take milliseconds (or s): " + example);
    }
    if (!rest.matches("(p\\d{1,2}(\\.\\d+)?|max)\\b.*")) {
      String stat = rest.split("\\s+")[0];
      throw new Invalid("has an unknown statistic '" + stat + "'", "use p50, p90, p95, p99, p99.9 (any pNN) or max: " + example);
    }
    throw new Invalid("is not a latency objective", "write <sli> <stat> <op> <number>[ms|s], e.g. " + example);
  }

  private static Parsed ratio(String sli, String rest) {
    Matcher m = RATIO.matcher(rest);
    String example = sli + " >= 99.5%";
    if (m.matches()) {
      double percent = Double.parseDouble(m.group(2));
      if (percent > 100) {
        throw new Invalid("asks for " + m.group(2) + "%, more than 100%", "write a percent up to 100: " + example);
      }
      return new Parsed(sli, SliKind.RATIO, null, m.group(1), percent);
    }
    if (!rest.endsWith("%")) {
      throw new Invalid("gives a ratio without a percent", "ratio SLIs take a percent: " + example);
    }
    if (operator(rest).matches("<=|<|==|=")) {
      throw new Invalid("bounds a ratio from above", "a ratio objective is a lower bound, with >= or >: " + example);
    }
    throw new Invalid("is not a ratio objective", "write <sli> <op> <number>%, e.g. " + example);
  }

  private static Parsed count(String sli, String rest) {
    Matcher m = COUNT.matcher(rest);
    String example = sli + " <= 0";
    if (m.matches()) {
      return new Parsed(sli, SliKind.COUNT, null, m.group(1), Double.parseDouble(m.group(2)));
    }
    if (operator(rest).matches(">=|>|==|=")) {
      throw new Invalid("bounds a count from below", "a count objective is an upper bound, with <= or <: " + example);
    }
    if (rest.endsWith("%") || rest.matches("(<=|<)\\s*\\d*\\.\\d+.*")) {
      throw new Invalid("gives a count that is not a whole number", "count SLIs take a whole number: " + example);
    }
    throw new Invalid("is not a count objective", "write <sli> <op> <integer>, e.g. " + example);
  }

  private static String operator(String rest) {
    Matcher m = OPERATOR.matcher(rest);
    return m.matches() ? m.group(1) : "";
  }
}
