package dev.gauntlet.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The readable text of a report page: a line per heading, caption, verdict, fact, tile, table row or empty panel. */
final class Outline {

  private static final Pattern PARTS = Pattern.compile(
      "<h1>(.*?)</h1>|<h2>(.*?)</h2>|<figcaption>(.*?)</figcaption>|<p class=\"verdict[^\"]*\"[^>]*>(.*?)</p>"
          + "|<tr>(.*?)</tr>|<div class=\"nodata\"[^>]*>(.*?)</div>|<p class=\"empty\">(.*?)</p>"
          + "|<dt>(.*?)</dt><dd>(.*?)</dd>|<div class=\"value\">(.*?)</div><div class=\"label\">(.*?)</div>",
      Pattern.DOTALL);
  private static final Pattern CELL = Pattern.compile("<t[dh]>(.*?)</t[dh]>", Pattern.DOTALL);

  private Outline() {}

  static List<String> of(String html) {
    List<String> lines = new ArrayList<>();
    Matcher m = PARTS.matcher(html);
    while (m.find()) {
      if (m.group(5) != null) {
        List<String> cells = new ArrayList<>();
        Matcher c = CELL.matcher(m.group(5));
        while (c.find()) {
          cells.add(plain(c.group(1)));
        }
        lines.add(String.join(" | ", cells));
        continue;
      }
      if (m.group(8) != null) {
        lines.add(plain(m.group(8)) + ": " + plain(m.group(9)));
        continue;
      }
      if (m.group(10) != null) {
        lines.add(plain(m.group(11)) + ": " + plain(m.group(10)));
        continue;
      }
      for (int g = 1; g <= m.groupCount(); g++) {
        if (m.group(g) != null) {
          lines.add((g <= 2 ? "#".repeat(g) + " " : "") + plain(m.group(g)));
        }
      }
    }
    return lines;
  }

  private static String plain(String html) {
    return html.replaceAll("<div class=\"(sub|note)\">", " / ").replaceAll("<[^>]+>", "").replace("&lt;", "<")
        .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&").strip();
  }
}
