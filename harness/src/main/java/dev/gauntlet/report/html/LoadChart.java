package dev.gauntlet.report.html;

import java.util.List;

/**
 * A chart against the load level (a capacity search's steps), drawn as SVG: each step a dot (green
 * held, red broke) joined in order of level, an optional fitted curve, and the knee (maxLoad) as a
 * dashed line.
 *
 * @param unit the value axis's unit: {@code ms} or a noun
 * @param levelUnit what the x axis counts, e.g. {@code users}
 */
record LoadChart(String id, String title, String unit, String levelUnit) {

  /** One step: its level, its value (NaN: none), whether it held, its hover read-out. */
  record Point(double level, double value, boolean held, String tip) {}

  static final String HELD = "#16a34a";
  static final String BROKE = "#dc2626";
  static final String MEASURED = "#2563eb";
  static final String FIT = "#9333ea";

  /**
   * @param curve the fitted curve's points (level, value), or empty
   * @param knee the level marked as the knee, or NaN for none
   */
  String html(List<Point> points, List<double[]> curve, double knee, String kneeLabel) {
    StringBuilder out = new StringBuilder(8_192);
    out.append("<figure class=\"panel\"><figcaption>").append(Html.text(title)).append("</figcaption>");
    List<Point> sorted = points.stream().filter(p -> !Double.isNaN(p.value()))
        .sorted(java.util.Comparator.comparingDouble(Point::level)).toList();
    if (sorted.isEmpty()) {
      return out.append("<div class=\"nodata\" id=\"").append(Html.text(id)).append("\">No data: no step measured it</div></figure>")
          .toString();
    }
    Frame f = Frame.TIME;
    double right = Axis.top(sorted.get(sorted.size() - 1).level());
    double top = Axis.top(Math.max(sorted.stream().mapToDouble(Point::value).max().orElse(0),
        curve.stream().mapToDouble(c -> c[1]).max().orElse(0)));
    out.append(f.open(id, title));
    for (double v : Axis.ticks(top, 5)) {
      String y = Html.coord(f.y(v / top));
      out.append("<line class=\"grid\" x1=\"").append(Html.coord(f.left())).append("\" x2=\"").append(Html.coord(f.right()))
          .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\"/><text class=\"tick\" x=\"")
          .append(Html.coord(f.left() - 6)).append("\" y=\"").append(y).append("\" dy=\"4\" text-anchor=\"end\">")
          .append(Html.text(Axis.label(v, unit))).append("</text>");
    }
    for (double l : Axis.ticks(right, 8)) {
      String x = Html.coord(f.x(l / right));
      out.append("<text class=\"tick\" x=\"").append(x).append("\" y=\"").append(Html.coord(f.bottom() + 17))
          .append("\" text-anchor=\"middle\">").append(Html.text(Html.number(l))).append("</text>");
    }
    out.append("<text class=\"tick\" x=\"").append(Html.coord(f.right())).append("\" y=\"").append(Html.coord(f.bottom() + 30))
        .append("\" text-anchor=\"end\">").append(Html.text(levelUnit)).append("</text>");
    out.append("<line class=\"axis\" x1=\"").append(Html.coord(f.left())).append("\" x2=\"").append(Html.coord(f.right()))
        .append("\" y1=\"").append(Html.coord(f.bottom())).append("\" y2=\"").append(Html.coord(f.bottom())).append("\"/>");
    if (!Double.isNaN(knee)) {
      String x = Html.coord(f.x(knee / right));
      out.append("<line class=\"fault\" x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"")
          .append(Html.coord(f.top() - 4)).append("\" y2=\"").append(Html.coord(f.bottom())).append("\"><title>")
          .append(Html.text(kneeLabel)).append("</title></line><text class=\"fault-label\" x=\"").append(Html.coord(f.x(knee / right) + 4))
          .append("\" y=\"").append(Html.coord(f.top() + 10)).append("\">").append(Html.text(kneeLabel)).append("</text>");
    }
    path(out, f, curve, right, top, FIT);
    path(out, f, sorted.stream().map(p -> new double[] {p.level(), p.value()}).toList(), right, top, MEASURED);
    for (Point p : sorted) {
      out.append("<circle class=\"mark\" cx=\"").append(Html.coord(f.x(p.level() / right))).append("\" cy=\"")
          .append(Html.coord(f.y(p.value() / top))).append("\" r=\"4\" fill=\"").append(p.held() ? HELD : BROKE)
          .append("\"><title>").append(Html.text(p.tip())).append("</title></circle>");
    }
    Marks.legend(out, f, curve.isEmpty() ? List.of(legend("measured", MEASURED)) : List.of(legend("measured", MEASURED),
        legend("USL fit", FIT)), false);
    return out.append("</svg></figure>").toString();
  }

  private static void path(StringBuilder out, Frame f, List<double[]> points, double right, double top, String colour) {
    if (points.size() < 2) {
      return;
    }
    StringBuilder d = new StringBuilder();
    for (double[] p : points) {
      d.append(d.isEmpty() ? "M" : " L").append(Html.coord(f.x(p[0] / right))).append(' ').append(Html.coord(f.y(p[1] / top)));
    }
    out.append("<path class=\"mark\" fill=\"none\" stroke=\"").append(colour).append("\" d=\"").append(d).append("\"/>");
  }

  private static Series legend(String label, String colour) {
    return new Series(label, colour, Series.Kind.LINE, new long[0], new double[0], null);
  }
}
