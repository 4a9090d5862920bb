package dev.gauntlet.compare;

/**
 * One statistic of one SLI, baseline against current.
 *
 * @param sli e.g. {@code ttfr_ms}, {@code pod_start_ms}, {@code interaction_success}, {@code sessions.lost}
 * @param stat e.g. {@code p95}; {@code ratio} for interaction_success, {@code count} for sessions.lost
 * @param unit {@code ms}, {@code percent} or {@code count}
 * @param baseline the baseline's value; null when its summary has none
 * @param current the current run's value; null when its summary has none
 * @param baselineSamples the samples the baseline value stands on; null when unknown
 * @param currentSamples the samples the current value stands on; null when unknown
 * @param verdict what the change amounts to under the noise floor
 * @param reason why the verdict is {@code no data} (a missing value, too few samples, too few beyond a percentile);
 *     null when judged
 */
public record Row(String sli, String stat, String unit, Double baseline, Double current, Long baselineSamples,
    Long currentSamples, Verdict verdict, String reason) {

  Row(String sli, String stat, String unit, Double baseline, Double current, Long baselineSamples, Long currentSamples,
      Judgement judgement) {
    this(sli, stat, unit, baseline, current, baselineSamples, currentSamples, judgement.verdict(), judgement.reason());
  }

  /** current - baseline; null without both values. */
  public Double delta() {
    return baseline == null || current == null ? null : current - baseline;
  }

  /** The delta in percent of the baseline, for latencies; null for ratios, counts and a zero baseline. */
  public Double deltaPercent() {
    Double delta = delta();
    return delta == null || !"ms".equals(unit) || baseline == 0 ? null : delta / baseline * 100;
  }

  /** e.g. "ttfr_ms p95". */
  public String label() {
    return sli + " " + stat;
  }
}
