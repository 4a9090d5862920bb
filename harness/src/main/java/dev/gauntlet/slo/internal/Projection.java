package dev.gauntlet.slo.internal;

import dev.gauntlet.slo.Objective;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether an objective can still be met if the run goes on at its current event rate: the samples so
 * far projected to the planned load length, and the bad ones seen already set against what that
 * many samples allow (docs/slo.md, abortOnFail).
 */
public final class Projection {

  private Projection() {}

  /** Why {@code o} can no longer be met, or empty. */
  public static Optional<String> unmeetable(Objective o, Scoped scoped, long plannedLoadMillis, long elapsedMillis) {
    List<Sample> in = scoped.inScope();
    long samples = scoped.samples(o);
    if (samples == 0 || samples < o.minSamples()) {
      return Optional.empty();
    }
    double projected = elapsedMillis <= 0 ? samples : Math.max(samples, (double) samples * plannedLoadMillis / elapsedMillis);
    String head = "objective '" + o.name() + "' (" + o.text() + ") can no longer be met: ";
    switch (o.kind()) {
      case COUNT -> {
        long count = Scoped.bad(in);
        return o.holds(count) ? Optional.empty() : Optional.of(head + o.sli() + " is already " + count);
      }
      case RATIO -> {
        long bad = Scoped.bad(in);
        double allowed = (1 - o.threshold() / 100) * projected;
        // '>' needs strictly fewer bad events than allowed, '>=' at most that many
        boolean over = o.op().equals(">") ? bad >= allowed : bad > allowed;
        return over ? Optional.of(head + bad + " bad of " + samples + " events so far, more than the "
            + fmt(allowed) + " its target allows of ~" + fmt(projected) + " projected events") : Optional.empty();
      }
      default -> {
        long violating = in.stream().filter(s -> !o.holds(s.value())).count();
        double allowedFraction = o.stat().equals("max") ? 0 : 1 - o.percentile() / 100;
        double allowed = allowedFraction * projected;
        boolean over = o.stat().equals("max") ? violating > 0 : violating > allowed;
        String so = o.sli() + " " + o.stat() + " so far " + fmt(Judge.round3(Judge.percentileMillis(o, in))) + " ms";
        return over ? Optional.of(head + violating + " of " + samples + " samples " + (o.op().equals("<") ? "at or over " : "over ") + fmt(o.threshold())
            + " ms, more than the " + fmt(allowed) + " a " + o.stat() + " allows of ~" + fmt(projected)
            + " projected (" + so + ")") : Optional.empty();
      }
    }
  }

  private static String fmt(double value) {
    String text = String.format(Locale.ROOT, "%.1f", value);
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
  }
}
