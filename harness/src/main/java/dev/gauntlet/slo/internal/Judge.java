package dev.gauntlet.slo.internal;

import dev.gauntlet.analysis.SloVerdict;
import dev.gauntlet.measure.SliKind;
import dev.gauntlet.measure.SliStats;
import dev.gauntlet.slo.Objective;
import java.util.List;
import org.HdrHistogram.Histogram;

/** One objective's verdict from its scoped samples (docs/slo.md: measured values, minSamples, budgets). */
public final class Judge {

  private Judge() {}

  public static SloVerdict verdict(Objective o, Scoped scoped) {
    List<Sample> in = scoped.inScope();
    long samples = scoped.samples(o);
    Double measured = measured(o, in, samples);
    boolean enough = samples >= o.minSamples();
    String note = null;
    boolean met;
    if (!enough) {
      met = false;
      note = samples + " sample" + (samples == 1 ? "" : "s") + " in scope, fewer than minSamples " + o.minSamples();
    } else if (measured == null) {
      met = true; // only reachable with minSamples 0: the objective allows a vacuous pass
      note = "no samples in scope (minSamples 0 allows that)";
    } else {
      met = o.holds(exact(o, in, samples, measured));
    }
    SloVerdict.Budget budget = o.kind() == SliKind.RATIO ? budget(o, scoped, samples) : null;
    return new SloVerdict(o.name(), o.sli(), o.text(), o.scope(), o.app(), measured, o.kind().unit(), samples, met,
        note, budget);
  }

  /** The value shown: ms (3 decimals), percent (3 decimals) or a count; null without samples. */
  static Double measured(Objective o, List<Sample> in, long samples) {
    return switch (o.kind()) {
      case LATENCY -> samples == 0 ? null : round3(percentileMillis(o, in));
      case RATIO -> samples == 0 ? null : round3(100.0 * (samples - Scoped.bad(in)) / samples);
      case COUNT -> (double) Scoped.bad(in);
    };
  }

  /** A ratio is judged unrounded (99.4996% does not meet 99.5%); the others are exact already. */
  private static double exact(Objective o, List<Sample> in, long samples, double measured) {
    return o.kind() == SliKind.RATIO ? 100.0 * (samples - Scoped.bad(in)) / samples : measured;
  }

  /** HdrHistogram at 3 significant digits, as summary.json's SLI statistics. */
  public static double percentileMillis(Objective o, List<Sample> in) {
    Histogram h = SliStats.histogram();
    in.forEach(s -> SliStats.record(h, s.value()));
    long micros = o.stat().equals("max") ? h.getMaxValue() : h.getValueAtPercentile(o.percentile());
    return micros / 1_000.0;
  }

  static SloVerdict.Budget budget(Objective o, Scoped scoped, long events) {
    double allowedFraction = 1 - o.threshold() / 100;
    double allowed = allowedFraction * events;
    long consumed = Scoped.bad(scoped.inScope());
    Double consumedPercent = allowed <= 0 ? null : round3(consumed / allowed * 100);
    return new SloVerdict.Budget(events, round3(allowed), consumed, consumedPercent,
        new SloVerdict.BurnRate(burn(scoped.steady(), allowedFraction), burn(scoped.fault(), allowedFraction)));
  }

  /** The bad-event rate over the allowed rate; null without events or when nothing is allowed. */
  private static Double burn(List<Sample> window, double allowedFraction) {
    long events = Scoped.population(window);
    if (events == 0 || allowedFraction <= 0) {
      return null;
    }
    return round3((double) Scoped.bad(window) / events / allowedFraction);
  }

  public static double round3(double value) {
    return Math.round(value * 1_000) / 1_000.0;
  }
}
