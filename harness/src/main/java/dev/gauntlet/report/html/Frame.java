package dev.gauntlet.report.html;

/** A chart's geometry in SVG units: a fixed view box the page scales to its width. */
public record Frame(double width, double height, double left, double right, double top, double bottom) {

  public static final Frame TIME = new Frame(960, 250, 64, 944, 44, 222);
  static final Frame BARS = new Frame(960, 230, 64, 944, 30, 196);

  public double x(double fraction) {
    return left + Math.max(0, Math.min(1, fraction)) * (right - left);
  }

  public double y(double fraction) {
    return bottom - Math.max(0, Math.min(1, fraction)) * (bottom - top);
  }

  public String open(String id, String label) {
    return "<svg class=\"chart\" id=\"" + Html.text(id) + "\" viewBox=\"0 0 " + Html.number(width) + " "
        + Html.number(height) + "\" role=\"img\" aria-label=\"" + Html.text(label) + "\">";
  }
}
