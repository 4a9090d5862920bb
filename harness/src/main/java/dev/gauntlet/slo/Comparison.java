package dev.gauntlet.slo;

/** An objective's comparison of a measured value with its threshold, for every operator the grammars take. */
final class Comparison {

  private Comparison() {}

  /** True when {@code value op threshold} holds; {@code op} is one of {@code < <= >= > == !=}. */
  static boolean holds(String op, double value, double threshold) {
    return switch (op) {
      case "<" -> value < threshold;
      case "<=" -> value <= threshold;
      case ">=" -> value >= threshold;
      case ">" -> value > threshold;
      case "==" -> value == threshold;
      case "!=" -> value != threshold;
      default -> throw new IllegalStateException("unknown operator " + op);
    };
  }
}
