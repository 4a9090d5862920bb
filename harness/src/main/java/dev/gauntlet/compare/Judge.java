package dev.gauntlet.compare;

/** The verdict of one statistic under the noise floor: lower latency and fewer lost sessions are better. */
final class Judge {

  private Judge() {}

  /** A latency statistic: noise when |delta| is within the absolute or the relative floor. */
  static Verdict latency(Double baseline, Double current, Long baselineSamples, Long currentSamples, NoiseFloor floor) {
    if (baseline == null || current == null || tooFew(baselineSamples, floor) || tooFew(currentSamples, floor)) {
      return Verdict.NO_DATA;
    }
    double delta = current - baseline;
    boolean small = Math.abs(delta) <= floor.absoluteMillis() + EPSILON
        || baseline > 0 && Math.abs(delta) / baseline * 100 <= floor.relativePercent() + EPSILON;
    return small ? Verdict.WITHIN_NOISE : delta > 0 ? Verdict.REGRESSED : Verdict.IMPROVED;
  }

  /** interaction_success in percent, higher is better: noise within the success floor's points. */
  static Verdict success(Double baseline, Double current, Long baselineEvents, Long currentEvents, NoiseFloor floor) {
    if (baseline == null || current == null || tooFew(baselineEvents, floor) || tooFew(currentEvents, floor)) {
      return Verdict.NO_DATA;
    }
    double delta = current - baseline;
    return Math.abs(delta) <= floor.successPoints() + EPSILON ? Verdict.WITHIN_NOISE
        : delta < 0 ? Verdict.REGRESSED : Verdict.IMPROVED;
  }

  /** sessions.lost: any increase regresses. */
  static Verdict lost(Double baseline, Double current) {
    if (baseline == null || current == null) {
      return Verdict.NO_DATA;
    }
    return current > baseline ? Verdict.REGRESSED : current < baseline ? Verdict.IMPROVED : Verdict.WITHIN_NOISE;
  }

  // summaries round to 3 decimals: a change exactly at the floor must not flip on binary fractions
  private static final double EPSILON = 1e-9;

  private static boolean tooFew(Long samples, NoiseFloor floor) {
    return samples == null || samples == 0 || samples < floor.minCount();
  }
}
