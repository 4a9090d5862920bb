package dev.gauntlet.report.html;

import java.util.List;

/**
 * A chart over the run's time, drawn server-side as SVG: value grid and labels, time ticks, the
 * series, a legend, and every fault as a dashed red line with its label (and its recovery as a band).
 *
 * @param id unique in the page
 * @param unit {@code ms} or a count's noun; ms axis labels turn to seconds past 1000
 * @param noData what the "no data" panel says when no series has a point
 */
record TimeChart(String id, String title, String unit, String noData) {

  String html(List<Series> series, long spanMillis, List<FaultMarks.Mark> marks) {
    StringBuilder out = new StringBuilder(8_192);
    out.append("<figure class=\"panel\"><figcaption>").append(Html.text(title)).append("</figcaption>");
    if (series.stream().noneMatch(Series::hasData)) {
      return out.append("<div class=\"nodata\" id=\"").append(Html.text(id)).append("\">No data: ")
          .append(Html.text(noData)).append("</div></figure>").toString();
    }
    Frame f = Frame.TIME;
    long span = Math.max(1, spanMillis);
    double top = Axis.top(series.stream().mapToDouble(Series::max).filter(v -> !Double.isNaN(v)).max().orElse(0));
    out.append(f.open(id, title));
    for (double v : Axis.ticks(top, 5)) {
      String y = Html.coord(f.y(v / top));
      out.append("<line class=\"grid\" x1=\"").append(Html.coord(f.left())).append("\" x2=\"")
          .append(Html.coord(f.right())).append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\"/>")
          .append("<text class=\"tick\" x=\"").append(Html.coord(f.left() - 6)).append("\" y=\"").append(y)
          .append("\" dy=\"4\" text-anchor=\"end\">").append(Html.text(Axis.label(v, unit))).append("</text>");
    }
    for (long t : Axis.timeTicks(span)) {
      String x = Html.coord(f.x((double) t / span));
      out.append("<line class=\"axis\" x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"")
          .append(Html.coord(f.bottom())).append("\" y2=\"").append(Html.coord(f.bottom() + 4)).append("\"/>")
          .append("<text class=\"tick\" x=\"").append(x).append("\" y=\"").append(Html.coord(f.bottom() + 17))
          .append("\" text-anchor=\"middle\">").append(Html.text(Html.offset(t))).append("</text>");
    }
    out.append("<line class=\"axis\" x1=\"").append(Html.coord(f.left())).append("\" x2=\"")
        .append(Html.coord(f.right())).append("\" y1=\"").append(Html.coord(f.bottom())).append("\" y2=\"")
        .append(Html.coord(f.bottom())).append("\"/>");
    Marks.faults(out, f, marks, span);
    for (Series s : series) {
      Marks.series(out, f, s, span, top);
    }
    Marks.legend(out, f, series, !marks.isEmpty());
    return out.append("</svg></figure>").toString();
  }
}
