package dev.gauntlet.report.html;

import dev.gauntlet.measure.JournalEvent.Interaction;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.SliStats;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * p50/p95/p99 of one latency over time: the ok journal lines of a type (e.g. {@code first_render}
 * with {@code ttfrMs}) put in the bucket of their {@code t} (when they finished), one HdrHistogram
 * per bucket (3 digits, as the summary's), so thousands of sessions draw as a few dozen points.
 */
final class LatencySeries {

  static final String P50_COLOUR = "#2563eb";
  static final String P95_COLOUR = "#ea580c";
  static final String P99_COLOUR = "#9333ea";

  private LatencySeries() {}

  /** The three percentile lines of the ok interactions of {@code type}; every value NaN where a bucket had none. */
  static List<Series> of(List<JournalEvent> events, Buckets buckets, Class<? extends Interaction> type) {
    Histogram[] perBucket = new Histogram[buckets.count()];
    for (JournalEvent e : events) {
      if (type.isInstance(e) && ((Interaction) e).ok()) {
        int i = buckets.index(e.t());
        if (perBucket[i] == null) {
          perBucket[i] = SliStats.histogram();
        }
        SliStats.record(perBucket[i], ((Interaction) e).millis());
      }
    }
    long[] x = new long[buckets.count()];
    double[][] p = new double[3][buckets.count()];
    String[][] tips = new String[3][buckets.count()];
    double[] percentiles = {50, 95, 99};
    for (int i = 0; i < x.length; i++) {
      x[i] = buckets.midOffsetMillis(i);
      for (int k = 0; k < 3; k++) {
        Histogram h = perBucket[i];
        p[k][i] = h == null ? Double.NaN : h.getValueAtPercentile(percentiles[k]) / 1000.0;
        tips[k][i] = h == null ? null : tip(buckets, i, "p" + (int) percentiles[k], p[k][i], h.getTotalCount());
      }
    }
    return List.of(new Series("p50", P50_COLOUR, Series.Kind.LINE, x, p[0], tips[0]),
        new Series("p95", P95_COLOUR, Series.Kind.LINE, x, p[1], tips[1]),
        new Series("p99", P99_COLOUR, Series.Kind.LINE, x, p[2], tips[2]));
  }

  private static String tip(Buckets b, int i, String stat, double ms, long count) {
    long from = b.startOf(i) - b.startMillis();
    return Html.offset(from) + "-" + Html.offset(from + b.widthMillis()) + ": " + stat + " " + Html.millis(ms)
        + " (" + count + (count == 1 ? " sample)" : " samples)");
  }
}
