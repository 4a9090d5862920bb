package dev.gauntlet.report;

import dev.gauntlet.analysis.RunReading;
import dev.gauntlet.report.html.HtmlReport;
import dev.gauntlet.report.junit.JUnitReport;
import java.nio.file.Path;

/**
 * The files a run directory gets from its summary, beside summary.json: {@code junit.xml} (a test
 * case per objective and per experiment) and {@code index.html} (the self-contained report).
 * What {@code run} and {@code gate} do at their end, and {@code summarize} again.
 */
public final class RunReports {

  public static final String JUNIT = "junit.xml";
  public static final String HTML = "index.html";

  private RunReports() {}

  /** From the summary and the files it was computed from, as the run's summarize read them. */
  public static void write(Path runDir, RunReading run) {
    JUnitReport.write(run.summary(), runDir.resolve(JUNIT));
    HtmlReport.write(run, runDir.resolve(HTML));
  }
}
