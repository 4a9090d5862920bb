package dev.gauntlet.compare;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** The verdict of one statistic under the noise floor: lower latency and fewer lost sessions are better. */
final class Judge {

  private static final Pattern PERCENTILE = Pattern.compile("p(\\d{1,2}(\\.\\d+)?)");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Judge() {}

  /**
   * A latency statistic: noise when |delta| is within the absolute or the relative floor. A percentile pNN is judged
   * only when each side has {@code minTail} samples beyond it; {@code max} only needs {@code minCount}.
   */
  static Judgement latency(String stat, Double baseline, Double current, Long baselineSamples, Long currentSamples,
      NoiseFloor floor) {
    String missing = missing(stat, baseline, current);
    String few = missing != null ? missing : tooFew("samples", baselineSamples, currentSamples, floor);
    String reason = few != null ? few : thinTail(stat, Math.min(baselineSamples, currentSamples), floor);
    if (reason != null) {
      return Judgement.noData(reason);
    }
    double delta = current - baseline;
    boolean small = Math.abs(delta) <= floor.absoluteMillis() + EPSILON
        || baseline > 0 && Math.abs(delta) / baseline * 100 <= floor.relativePercent() + EPSILON;
    return Judgement.of(small ? Verdict.WITHIN_NOISE : delta > 0 ? Verdict.REGRESSED : Verdict.IMPROVED);
  }

  /** interaction_success in percent, higher is better: noise within the success floor's points. */
  static Judgement success(Double baseline, Double current, Long baselineEvents, Long currentEvents, NoiseFloor floor) {
    String missing = missing("interactions", baseline, current);
    String reason = missing != null ? missing : tooFew("interactions", baselineEvents, currentEvents, floor);
    if (reason != null) {
      return Judgement.noData(reason);
    }
    double delta = current - baseline;
    return Judgement.of(Math.abs(delta) <= floor.successPoints() + EPSILON ? Verdict.WITHIN_NOISE
        : delta < 0 ? Verdict.REGRESSED : Verdict.IMPROVED);
  }

  /** sessions.lost: any increase regresses. */
  static Judgement lost(Double baseline, Double current) {
    String missing = missing("sessions.lost", baseline, current);
    if (missing != null) {
      return Judgement.noData(missing);
    }
    return Judgement.of(current > baseline ? Verdict.REGRESSED
        : current < baseline ? Verdict.IMPROVED : Verdict.WITHIN_NOISE);
  }

  // summaries round to 3 decimals: a change exactly at the floor must not flip on binary fractions
  private static final double EPSILON = 1e-9;

  /** e.g. "no p95 in the baseline"; null when both sides have a value. */
  private static String missing(String what, Double baseline, Double current) {
    return baseline == null || current == null ? "no " + what + " in " + sides(baseline == null, current == null) : null;
  }

  /** e.g. "too few samples (4 < --min-count 10)"; null when both sides have enough. */
  private static String tooFew(String what, Long baseline, Long current, NoiseFloor floor) {
    if (baseline == null || current == null) {
      return "no " + what + " count in " + sides(baseline == null, current == null);
    }
    if (baseline == 0 || current == 0) {
      return "no " + what + " in " + sides(baseline == 0, current == 0);
    }
    long fewer = Math.min(baseline, current);
    return fewer < floor.minCount() ? "too few " + what + " (" + fewer + " < --min-count " + floor.minCount() + ")" : null;
  }

  /**
   * A pNN from n samples stands on n x (1 - NN/100) samples beyond it: fewer than --min-tail and its change is noise
   * (p99 of 88 samples is less than one sample). Exact decimals, so p95 of 200 samples is 10, not 9.999...
   */
  private static String thinTail(String stat, long samples, NoiseFloor floor) {
    var percentile = PERCENTILE.matcher(stat);
    if (!percentile.matches()) {
      return null;
    }
    BigDecimal tailPercent = HUNDRED.subtract(new BigDecimal(percentile.group(1)));
    BigDecimal beyond = BigDecimal.valueOf(samples).multiply(tailPercent).divide(HUNDRED);
    if (beyond.compareTo(BigDecimal.valueOf(floor.minTail())) >= 0) {
      return null;
    }
    return "too few samples beyond " + stat + " (" + samples + " x " + tailPercent.stripTrailingZeros().toPlainString()
        + "% = " + beyond.stripTrailingZeros().toPlainString() + " < --min-tail " + floor.minTail() + ")";
  }

  private static String sides(boolean baseline, boolean current) {
    return baseline && current ? "either run" : baseline ? "the baseline" : "the current run";
  }
}
