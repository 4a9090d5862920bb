package dev.gauntlet.report.html;

import dev.gauntlet.report.Summary;
import java.nio.file.Path;

/** index.html: the run's self-contained report (owned by the report work). */
public final class HtmlReport {

  private HtmlReport() {}

  public static void write(Path runDir, Summary summary, Path file) {
    // written by the report work (issue 5)
  }
}
