package dev.gauntlet.report.html;

import dev.gauntlet.analysis.ResourceSamples.Sample;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU (cores: CPU seconds a second) and memory (MiB) per component over the run's buckets: the
 * harness, each gateway and the scheduler on their own line, the runtime pods added up into one.
 */
final class ResourceSeries {

  private static final String[] COLOURS = {"#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2",
      "#4b5563", "#ca8a04"};

  private ResourceSeries() {}

  /** The line a sample belongs to: its id, or {@code runtime pods} for any pod. */
  static String line(Sample s) {
    return "runtime".equals(s.component()) ? "runtime pods (sum)" : s.id();
  }

  static List<Series> cpu(List<Sample> samples, Buckets b) {
    Map<String, double[]> lines = new TreeMap<>();
    Map<String, Sample> previous = new LinkedHashMap<>();
    for (Sample s : samples) {
      Sample before = previous.put(s.id(), s);
      if (before == null || Double.isNaN(s.cpuSeconds()) || Double.isNaN(before.cpuSeconds()) || s.t() <= before.t()) {
        continue;
      }
      double cores = Math.max(0, (s.cpuSeconds() - before.cpuSeconds()) / ((s.t() - before.t()) / 1000.0));
      add(lines, line(s), b, s.t(), cores, s.id());
    }
    return series(lines, b, "cores");
  }

  static List<Series> memory(List<Sample> samples, Buckets b) {
    Map<String, double[]> lines = new TreeMap<>();
    for (Sample s : samples) {
      if (s.rssBytes() >= 0) {
        add(lines, line(s), b, s.t(), s.rssBytes() / (1024.0 * 1024.0), s.id());
      }
    }
    return series(lines, b, "MiB");
  }

  /** Sums (value, count) per bucket and id; {@link #series} takes each id's mean and adds up a line's ids. */
  private static void add(Map<String, double[]> lines, String line, Buckets b, long t, double value, String id) {
    double[] acc = lines.computeIfAbsent(line + "\u0000" + id, k -> new double[b.count() * 2]);
    int i = b.index(t);
    acc[2 * i] += value;
    acc[2 * i + 1] += 1;
  }

  private static int lastSampled(double[] acc) {
    for (int i = acc.length / 2 - 1; i >= 0; i--) {
      if (acc[2 * i + 1] > 0) {
        return i;
      }
    }
    return -1;
  }

  private static List<Series> series(Map<String, double[]> byLineAndId, Buckets b, String unit) {
    Map<String, double[]> lines = new TreeMap<>();
    byLineAndId.forEach((key, acc) -> {
      double[] values = lines.computeIfAbsent(key.substring(0, key.indexOf('\u0000')), k -> {
        double[] v = new double[b.count()];
        Arrays.fill(v, Double.NaN);
        return v;
      });
      double last = Double.NaN;
      int lastIndex = lastSampled(acc);
      for (int i = 0; i <= lastIndex; i++) {
        // a second's sample that fell in the next bucket leaves this one empty: its previous value stands
        last = acc[2 * i + 1] > 0 ? acc[2 * i] / acc[2 * i + 1] : last;
        if (!Double.isNaN(last)) {
          values[i] = (Double.isNaN(values[i]) ? 0 : values[i]) + last;
        }
      }
    });
    List<Series> out = new ArrayList<>();
    int c = 0;
    for (Map.Entry<String, double[]> e : lines.entrySet()) {
      long[] x = new long[b.count()];
      String[] tips = new String[b.count()];
      for (int i = 0; i < b.count(); i++) {
        x[i] = b.midOffsetMillis(i);
        tips[i] = Double.isNaN(e.getValue()[i]) ? null : e.getKey() + " at " + Html.offset(x[i]) + ": "
            + Html.number(Math.round(e.getValue()[i] * 100) / 100.0) + " " + unit;
      }
      out.add(new Series(e.getKey(), COLOURS[c++ % COLOURS.length], Series.Kind.LINE, x, e.getValue(), tips));
    }
    return out;
  }
}
