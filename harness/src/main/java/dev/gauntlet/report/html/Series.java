package dev.gauntlet.report.html;

/**
 * One line (or step line, or set of dots) on a time chart: points at offsets from the run's start.
 * A NaN value is a gap (a bucket without samples): the line breaks there.
 *
 * @param label the legend's name for it
 * @param colour a CSS colour
 * @param xOffsetMillis each point's time, ms after the run's start, ascending
 * @param values each point's value, in the chart's unit
 * @param tips each point's hover read-out (an SVG title), or null for none
 */
record Series(String label, String colour, Kind kind, long[] xOffsetMillis, double[] values, String[] tips) {

  /** How the points are joined. */
  enum Kind { LINE, STEP, DOTS }

  Series {
    if (xOffsetMillis.length != values.length || (tips != null && tips.length != values.length)) {
      throw new IllegalArgumentException(label + ": " + xOffsetMillis.length + " times, " + values.length + " values");
    }
  }

  /** True when at least one point has a value: otherwise the chart shows its "no data" panel. */
  boolean hasData() {
    for (double v : values) {
      if (!Double.isNaN(v)) {
        return true;
      }
    }
    return false;
  }

  double max() {
    double max = Double.NaN;
    for (double v : values) {
      if (!Double.isNaN(v) && (Double.isNaN(max) || v > max)) {
        max = v;
      }
    }
    return max;
  }

  int size() {
    return values.length;
  }
}
