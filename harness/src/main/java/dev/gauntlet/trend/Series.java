package dev.gauntlet.trend;

import java.util.List;

/**
 * One statistic over the runs of one scenario that have a value for it, oldest first.
 *
 * @param scenario the scenario's name
 * @param statistic what is followed
 * @param points each run's value
 */
public record Series(String scenario, Statistic statistic, List<Point> points) {

  /** One run's value. */
  public record Point(Run run, double value) {}

  public Series {
    points = List.copyOf(points);
  }

  public double[] values() {
    return points.stream().mapToDouble(Point::value).toArray();
  }

  public int size() {
    return points.size();
  }
}
