package dev.gauntlet.report.html;

/** A chart's geometry in SVG units: a fixed view box the page scales to its width. */
record Frame(double width, double height, double left, double right, double top, double bottom) {

  static final Frame TIME = new Frame(960, 250, 64, 944, 44, 222);
  static final Frame BARS = new Frame(960, 230, 64, 944, 30, 196);

  double x(double fraction) {
    return left + Math.max(0, Math.min(1, fraction)) * (right - left);
  }

  double y(double fraction) {
    return bottom - Math.max(0, Math.min(1, fraction)) * (bottom - top);
  }

  String open(String id, String label) {
    return "<svg class=\"chart\" id=\"" + Html.text(id) + "\" viewBox=\"0 0 " + Html.number(width) + " "
        + Html.number(height) + "\" role=\"img\" aria-label=\"" + Html.text(label) + "\">";
  }
}
