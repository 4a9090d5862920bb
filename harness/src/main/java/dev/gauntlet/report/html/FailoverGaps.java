package dev.gauntlet.report.html;

import dev.gauntlet.measure.JournalEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Each failover's gap (a {@code failover_seen} or {@code socket_recovered} line's {@code gapMs}) as a
 * dot at the time the session got its good run back; past {@link #MAX_DOTS}, the longest gap per bucket.
 */
final class FailoverGaps {

  static final int MAX_DOTS = 600;
  static final String COLOUR = "#b45309";

  private FailoverGaps() {}

  static Series of(List<JournalEvent> events, Buckets buckets) {
    List<double[]> gaps = new ArrayList<>(); // {offset, gapMs}
    for (JournalEvent e : events) {
      if (e instanceof JournalEvent.Recovery r) {
        gaps.add(new double[] {Math.max(0, r.t() - buckets.startMillis()), r.gapMs()});
      }
    }
    gaps.sort((a, b) -> Double.compare(a[0], b[0]));
    if (gaps.size() > MAX_DOTS) {
      return longestPerBucket(gaps, buckets);
    }
    long[] x = new long[gaps.size()];
    double[] y = new double[gaps.size()];
    String[] tips = new String[gaps.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = (long) gaps.get(i)[0];
      y[i] = gaps.get(i)[1];
      tips[i] = "at " + Html.offset(x[i]) + ": back after " + Html.millis(y[i]);
    }
    return new Series("failover gap", COLOUR, Series.Kind.DOTS, x, y, tips);
  }

  private static Series longestPerBucket(List<double[]> gaps, Buckets buckets) {
    double[] longest = new double[buckets.count()];
    int[] count = new int[buckets.count()];
    Arrays.fill(longest, Double.NaN);
    for (double[] g : gaps) {
      int i = buckets.index(buckets.startMillis() + (long) g[0]);
      longest[i] = Double.isNaN(longest[i]) ? g[1] : Math.max(longest[i], g[1]);
      count[i]++;
    }
    long[] x = new long[longest.length];
    String[] tips = new String[longest.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = buckets.midOffsetMillis(i);
      tips[i] = count[i] == 0 ? null : Html.offset(x[i]) + ": longest of " + count[i] + " gaps " + Html.millis(longest[i]);
    }
    return new Series("longest failover gap", COLOUR, Series.Kind.DOTS, x, longest, tips);
  }
}
