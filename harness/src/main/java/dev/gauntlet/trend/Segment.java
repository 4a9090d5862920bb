package dev.gauntlet.trend;

/**
 * A stretch of a series between change points: one level.
 *
 * @param from the index of its first point in the series
 * @param to the index after its last point
 * @param median the median of its values: the level drawn and reported
 */
public record Segment(int from, int to, double median) {

  public int size() {
    return to - from;
  }
}
