package dev.gauntlet.trend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A series with its change points and the segments they cut it into.
 *
 * @param series the statistic over the runs
 * @param segments its levels, in order, covering every point
 * @param changePoints the starts of every segment but the first
 */
public record SeriesTrend(Series series, List<Segment> segments, List<ChangePoint> changePoints) {

  public SeriesTrend {
    segments = List.copyOf(segments);
    changePoints = List.copyOf(changePoints);
  }

  /** Runs E-Divisive over the series and names each change point's run, levels and direction. */
  static SeriesTrend of(Series series, EDivisive detector) {
    double[] z = series.values();
    List<EDivisive.Change> changes = z.length == 0 ? List.of() : detector.changes(z);
    List<Segment> segments = new ArrayList<>();
    int from = 0;
    for (EDivisive.Change c : changes) {
      segments.add(segment(z, from, c.index()));
      from = c.index();
    }
    if (z.length > 0) {
      segments.add(segment(z, from, z.length));
    }
    List<ChangePoint> points = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      Segment before = segments.get(i);
      Segment after = segments.get(i + 1);
      EDivisive.Change c = changes.get(i);
      Direction direction = Direction.of(series.statistic().worse(), before.median(), after.median(),
          mean(z, before), mean(z, after));
      points.add(new ChangePoint(series.statistic(), series.points().get(c.index()).run(), c.index(), before.median(),
          after.median(), c.pValue(), direction));
    }
    return new SeriesTrend(series, segments, points);
  }

  /** The last segment: the level since the last change point. */
  public Segment lastSegment() {
    return segments.get(segments.size() - 1);
  }

  private static Segment segment(double[] z, int from, int to) {
    return new Segment(from, to, Robust.median(Arrays.copyOfRange(z, from, to)));
  }

  private static double mean(double[] z, Segment s) {
    return Arrays.stream(z, s.from(), s.to()).average().orElse(Double.NaN);
  }
}
