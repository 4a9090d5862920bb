package dev.gauntlet.report.html;

import dev.gauntlet.analysis.Summary;
import dev.gauntlet.measure.SliStats;
import java.util.Locale;
import java.util.Map;

/** Sessions and interactions as tiles, and every SLI's count and percentiles as the summary has them. */
final class CountsSection {

  private CountsSection() {}

  static String html(Summary s) {
    Summary.Sessions n = s.sessions();
    Summary.Interactions i = s.interactions();
    StringBuilder out = new StringBuilder("<section id=\"counts\"><h2>Sessions and interactions</h2><div class=\"tiles\">");
    tile(out, "sessions started", n.started(), "");
    tile(out, "completed", n.completed(), "");
    tile(out, "recovered", n.recovered(), "");
    tile(out, "lost", n.lost(), n.lost() > 0 ? "bad" : "");
    tile(out, "failed", n.failed(), n.failed() > 0 ? "bad" : "");
    tile(out, "interactions ok", i.ok(), "");
    tile(out, "interactions failed", i.failed(), i.failed() > 0 ? "bad" : "");
    long all = i.ok() + i.failed();
    out.append("<div class=\"tile\"><div class=\"value\">")
        .append(all == 0 ? "-" : String.format(Locale.ROOT, "%.2f%%", 100.0 * i.ok() / all))
        .append("</div><div class=\"label\">interaction success</div></div></div>");
    Table t = new Table("sli", "SLI", "count", "p50", "p95", "p99", "max");
    for (Map.Entry<String, SliStats> e : s.sli().entrySet()) {
      row(t, e.getKey(), e.getValue());
    }
    if (s.coldStart() != null && s.coldStart().podsMillis().count() > 0) {
      row(t, "pod_start_ms", s.coldStart().podsMillis());
    }
    return out.append(t.html()).append("</section>").toString();
  }

  private static void row(Table t, String name, SliStats v) {
    boolean none = v.count() == 0;
    t.row(new Table.Raw("<code>" + Html.text(name) + "</code>"), v.count(), none ? "-" : Html.millis(v.p50()),
        none ? "-" : Html.millis(v.p95()), none ? "-" : Html.millis(v.p99()), none ? "-" : Html.millis(v.max()));
  }

  private static void tile(StringBuilder out, String label, long value, String kind) {
    out.append("<div class=\"tile ").append(kind).append("\"><div class=\"value\">").append(value)
        .append("</div><div class=\"label\">").append(Html.text(label)).append("</div></div>");
  }
}
