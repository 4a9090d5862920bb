package dev.gauntlet.trend;

import dev.gauntlet.measure.Sli;
import dev.gauntlet.measure.SliKind;

/**
 * One statistic followed over the runs.
 *
 * @param sli the SLI's catalog key ({@code ttfr_ms}, {@code pod_start_ms}, {@code interaction_success},
 *     {@code lost_sessions}, {@code failed_sessions}), or {@code capacity}
 * @param stat {@code p50}, {@code p95}, {@code p99}; {@code ratio}; {@code count}; a capacity figure
 *     ({@code maxLoad}, {@code usl.peak}, {@code usl.sigma}, {@code usl.kappa})
 * @param unit {@code ms}, {@code percent}, {@code count}, or the capacity search's variable
 * @param worse which way is worse
 */
public record Statistic(String sli, String stat, String unit, Worse worse) {

  /** A statistic of an SLI of the catalog, its unit and direction from the SLI's kind (an unknown SLI: a latency). */
  static Statistic of(String sli, String stat) {
    SliKind kind = Sli.byKey(sli).map(Sli::kind).orElse(SliKind.LATENCY);
    return new Statistic(sli, stat, kind.unit(), Worse.of(kind));
  }

  /** e.g. "ttfr_ms p95". */
  public String label() {
    return sli + " " + stat;
  }
}
