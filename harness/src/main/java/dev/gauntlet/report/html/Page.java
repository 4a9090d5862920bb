package dev.gauntlet.report.html;

import dev.gauntlet.report.internal.TextFiles;
import java.nio.file.Path;

/**
 * The page around the sections: inline CSS, a policy that forbids any load, nothing fetched (it works from disk).
 * Public for the other self-contained pages (gauntlet trend's trend.html).
 */
public final class Page {

  /** No script, no fetch, no font, no image from anywhere: the report stands alone even if a name in it were hostile. */
  static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

  private static final String CSS = """
      :root{--ink:#1f2937;--muted:#6b7280;--line:#e5e7eb;--bg:#f3f4f6;--ok:#15803d;--bad:#b91c1c}
      *{box-sizing:border-box}
      body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,
      "Helvetica Neue",Arial,sans-serif}
      main{max-width:1080px;margin:0 auto;padding:24px 20px 48px}
      header,section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:18px 22px;margin:0 0 16px}
      .kicker{margin:0;color:var(--muted);text-transform:uppercase;letter-spacing:.06em;font-size:12px}
      h1{margin:2px 0 0;font-size:26px}
      h2{margin:0 0 12px;font-size:18px}
      .runid{margin:2px 0 10px;color:var(--muted);font-family:ui-monospace,Menlo,Consolas,monospace}
      .verdict{display:inline-block;margin:0 0 12px;padding:6px 12px;border-radius:6px;font-weight:600}
      .verdict.ok{background:#dcfce7;color:var(--ok)}
      .verdict.bad{background:#fee2e2;color:var(--bad)}
      .facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:6px 18px;margin:0}
      .facts dt{color:var(--muted);font-size:12px}
      .facts dd{margin:0;overflow-wrap:anywhere}
      .reason{color:var(--bad)}
      code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px}
      table{border-collapse:collapse;width:100%;margin:4px 0 12px}
      th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
      th{font-size:12px;color:var(--muted);font-weight:600}
      td{font-variant-numeric:tabular-nums;white-space:nowrap}
      td:first-child{white-space:normal}
      table.faults td:nth-child(3){white-space:normal}
      .sub,.note{font-size:12px;color:var(--muted)}
      .note{color:var(--bad)}
      .badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600}
      .badge.ok{background:#dcfce7;color:var(--ok)}
      .badge.bad{background:#fee2e2;color:var(--bad)}
      .badge.info{background:var(--bg);color:var(--muted)}
      .tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(104px,1fr));gap:10px;margin:0 0 14px}
      .tile{border:1px solid var(--line);border-radius:6px;padding:8px 10px}
      .tile .value{font-size:22px;font-weight:600;font-variant-numeric:tabular-nums}
      .tile .label{font-size:12px;color:var(--muted)}
      .tile.bad .value{color:var(--bad)}
      .panel{margin:0 0 18px}
      figcaption{font-weight:600;margin:0 0 4px}
      svg.chart{display:block;width:100%;height:auto}
      svg text{font:11px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;fill:var(--muted)}
      svg text.legend{fill:var(--ink);font-size:12px}
      svg text.fault-label{fill:#b91c1c;font-weight:600}
      svg .grid{stroke:var(--line);stroke-width:1}
      svg .axis{stroke:#9ca3af;stroke-width:1}
      svg path.mark{stroke-width:2;stroke-linejoin:round;stroke-linecap:round}
      svg .fault{stroke:#dc2626;stroke-width:1.5;stroke-dasharray:5 3}
      svg .fault.dry{stroke:#f87171;stroke-dasharray:2 3}
      svg .recovery{fill:#dc2626;fill-opacity:.07}
      .nodata{padding:26px;text-align:center;color:var(--muted);background:var(--bg);border:1px dashed #d1d5db;
      border-radius:6px}
      .hint,.empty{color:var(--muted);font-size:12px;margin:0 0 10px}
      footer{color:var(--muted);font-size:12px;text-align:center}
      """;

  private Page() {}

  /** Writes a page atomically: a browser never opens half of it. */
  public static void write(String html, Path file) {
    TextFiles.writeAtomically(html, file);
  }

  static String html(String title, String body) {
    return html(title, body, "Drawn by gauntlet from the run directory's summary.json, journal.jsonl, placements.json and "
        + "events.json.");
  }

  /** The page with {@code body} (HTML) and {@code footer} (text, escaped here). */
  public static String html(String title, String body, String footer) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + Html.text(title) + "</title><style>\n" + CSS + "</style></head>\n<body><main>\n" + body
        + "<footer>" + Html.text(footer) + "</footer>\n</main></body></html>\n";
  }
}
