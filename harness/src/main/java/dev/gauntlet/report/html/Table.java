package dev.gauntlet.report.html;

/** An HTML table whose plain-string cells are always escaped; markup goes in as {@link Raw}. */
public final class Table {

  /** A cell that is already HTML (a badge, a note under a name). */
  public record Raw(String html) {}

  private final StringBuilder out = new StringBuilder(1_024);

  public Table(String cssClass, String... headers) {
    out.append("<table class=\"").append(Html.text(cssClass)).append("\"><thead><tr>");
    for (String h : headers) {
      out.append("<th>").append(Html.text(h)).append("</th>");
    }
    out.append("</tr></thead><tbody>");
  }

  public Table row(Object... cells) {
    out.append("<tr>");
    for (Object c : cells) {
      out.append("<td>").append(c instanceof Raw raw ? raw.html() : Html.text(String.valueOf(c == null ? "-" : c)))
          .append("</td>");
    }
    out.append("</tr>");
    return this;
  }

  public String html() {
    return out + "</tbody></table>";
  }

  /** A coloured word: {@code ok} (green), {@code bad} (red) or {@code info} (grey). */
  public static Raw badge(String word, String kind) {
    return new Raw("<span class=\"badge " + Html.text(kind) + "\">" + Html.text(word) + "</span>");
  }
}
