package dev.gauntlet.report.html;

import java.util.List;

/** What a time chart draws inside its frame: series (class {@code mark}), fault lines and the legend. */
final class Marks {

  private static final int LABEL_ROWS = 3;

  private Marks() {}

  static void series(StringBuilder out, Frame f, Series s, long span, double top) {
    StringBuilder d = new StringBuilder();
    boolean pen = false;
    for (int i = 0; i < s.size(); i++) {
      double v = s.values()[i];
      if (Double.isNaN(v)) {
        pen = false; // a bucket without samples: the line breaks
        continue;
      }
      String x = Html.coord(f.x((double) s.xOffsetMillis()[i] / span));
      String y = Html.coord(f.y(v / top));
      if (s.kind() == Series.Kind.STEP) {
        d.append(pen ? " H" + x + " V" + y : " M" + x + " " + y);
        boolean last = i + 1 == s.size() || Double.isNaN(s.values()[i + 1]);
        if (last) {
          long until = i + 1 == s.size() ? span : s.xOffsetMillis()[i + 1];
          d.append(" H").append(Html.coord(f.x((double) until / span)));
        }
      } else if (s.kind() == Series.Kind.LINE) {
        d.append(pen ? " L" : " M").append(x).append(' ').append(y);
      }
      pen = true;
    }
    if (!d.isEmpty()) {
      out.append("<path class=\"mark\" fill=\"none\" stroke=\"").append(s.colour()).append("\" d=\"")
          .append(d.toString().strip()).append("\"/>");
    }
    if (s.kind() == Series.Kind.STEP && s.tips() == null) {
      return;
    }
    double r = s.kind() == Series.Kind.DOTS ? 3.5 : 2.2;
    for (int i = 0; i < s.size(); i++) {
      double v = s.values()[i];
      if (Double.isNaN(v) || (s.kind() == Series.Kind.STEP && !isolated(s, i))) {
        continue;
      }
      out.append("<circle class=\"mark\" cx=\"").append(Html.coord(f.x((double) s.xOffsetMillis()[i] / span)))
          .append("\" cy=\"").append(Html.coord(f.y(v / top))).append("\" r=\"").append(r).append("\" fill=\"")
          .append(s.colour()).append("\">");
      if (s.tips() != null && s.tips()[i] != null) {
        out.append("<title>").append(Html.text(s.tips()[i])).append("</title>");
      }
      out.append("</circle>");
    }
  }

  /** A step point drawn as a dot only where its line would be too short to see: between two gaps. */
  private static boolean isolated(Series s, int i) {
    return i + 1 < s.size() && Double.isNaN(s.values()[i + 1]) && (i == 0 || Double.isNaN(s.values()[i - 1]));
  }

  static void faults(StringBuilder out, Frame f, List<FaultMarks.Mark> marks, long span) {
    for (int k = 0; k < marks.size(); k++) {
      FaultMarks.Mark m = marks.get(k);
      double x = f.x((double) m.offsetMillis() / span);
      if (m.recoveryMillis() != null && m.recoveryMillis() > 0) {
        double x2 = f.x((double) (m.offsetMillis() + m.recoveryMillis()) / span);
        out.append("<rect class=\"recovery\" x=\"").append(Html.coord(x)).append("\" y=\"").append(Html.coord(f.top()))
            .append("\" width=\"").append(Html.coord(Math.max(1, x2 - x))).append("\" height=\"")
            .append(Html.coord(f.bottom() - f.top())).append("\"><title>recovered after ")
            .append(Html.text(Html.millis(m.recoveryMillis()))).append("</title></rect>");
      }
      String title = Html.text(m.label() + " at " + Html.offset(m.offsetMillis()));
      out.append("<line class=\"fault").append(m.dryRun() ? " dry" : "").append("\" x1=\"").append(Html.coord(x))
          .append("\" x2=\"").append(Html.coord(x)).append("\" y1=\"").append(Html.coord(f.top() - 4))
          .append("\" y2=\"").append(Html.coord(f.bottom())).append("\"><title>").append(title).append("</title></line>");
      boolean leftOfLine = x > f.right() - 170;
      out.append("<text class=\"fault-label\" x=\"").append(Html.coord(leftOfLine ? x - 4 : x + 4)).append("\" y=\"")
          .append(Html.coord(f.top() + 10 + (k % LABEL_ROWS) * 13)).append("\" text-anchor=\"")
          .append(leftOfLine ? "end" : "start").append("\">").append(Html.text(m.label())).append("</text>");
    }
  }

  static void legend(StringBuilder out, Frame f, List<Series> series, boolean faults) {
    double x = f.left();
    double y = 16;
    for (Series s : series) {
      out.append("<line x1=\"").append(Html.coord(x)).append("\" x2=\"").append(Html.coord(x + 18)).append("\" y1=\"")
          .append(Html.coord(y)).append("\" y2=\"").append(Html.coord(y)).append("\" stroke=\"").append(s.colour())
          .append("\" stroke-width=\"3\"/><text class=\"legend\" x=\"").append(Html.coord(x + 23)).append("\" y=\"")
          .append(Html.coord(y + 4)).append("\">").append(Html.text(s.label())).append("</text>");
      x += 36 + 7 * s.label().length();
    }
    if (faults) {
      out.append("<line class=\"fault\" x1=\"").append(Html.coord(x + 9)).append("\" x2=\"").append(Html.coord(x + 9))
          .append("\" y1=\"").append(Html.coord(y - 8)).append("\" y2=\"").append(Html.coord(y + 8))
          .append("\"/><text class=\"legend\" x=\"").append(Html.coord(x + 16)).append("\" y=\"")
          .append(Html.coord(y + 4)).append("\">fault (shaded: until the platform recovered)</text>");
    }
  }
}
