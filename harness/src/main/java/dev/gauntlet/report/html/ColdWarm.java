package dev.gauntlet.report.html;

import dev.gauntlet.analysis.Placements;
import dev.gauntlet.measure.JournalEvent;
import java.util.List;
import java.util.Optional;

/**
 * Time to first render split by placement, as counts in log-spaced bins shared by both groups (so
 * the two shapes line up): cold sessions waited for a pod to start, warm ones got a ready pod.
 *
 * @param edgesMillis {@code bins + 1} ascending bin edges in ms
 * @param cold cold first renders per bin
 * @param warm warm first renders per bin
 */
record ColdWarm(double[] edgesMillis, long[] cold, long[] warm, long coldTotal, long warmTotal) {

  static final int BINS = 20;
  static final String COLD_COLOUR = "#ea580c";
  static final String WARM_COLOUR = "#0891b2";

  /** The ok first renders with a placement (an external target has none: both groups empty). */
  static ColdWarm of(List<JournalEvent> events, Placements placements) {
    double[] values = new double[events.size()];
    boolean[] isCold = new boolean[events.size()];
    int n = 0;
    double lo = Double.MAX_VALUE;
    double hi = 0;
    for (JournalEvent e : events) {
      if (!(e instanceof JournalEvent.FirstRender f) || !f.ok()) {
        continue;
      }
      Optional<Boolean> cold = placements.cold(f.sessionId());
      if (cold.isPresent()) {
        double ms = Math.max(0.01, f.ttfrMs());
        values[n] = ms;
        isCold[n++] = cold.get();
        lo = Math.min(lo, ms);
        hi = Math.max(hi, ms);
      }
    }
    if (n == 0) {
      return new ColdWarm(new double[] {0, 1}, new long[1], new long[1], 0, 0);
    }
    hi = Math.max(hi, lo * 1.5); // one value, or all alike: still a visible bin
    double[] edges = new double[BINS + 1];
    for (int k = 0; k <= BINS; k++) {
      edges[k] = lo * Math.pow(hi / lo, (double) k / BINS);
    }
    long[] cold = new long[BINS];
    long[] warm = new long[BINS];
    long coldTotal = 0;
    for (int i = 0; i < n; i++) {
      int bin = (int) Math.min(BINS - 1, Math.floor(BINS * Math.log(values[i] / lo) / Math.log(hi / lo)));
      (isCold[i] ? cold : warm)[Math.max(0, bin)]++;
      coldTotal += isCold[i] ? 1 : 0;
    }
    return new ColdWarm(edges, cold, warm, coldTotal, n - coldTotal);
  }

  int bins() {
    return cold.length;
  }

  boolean isEmpty() {
    return coldTotal + warmTotal == 0;
  }
}
