package dev.gauntlet.report.junit;

import dev.gauntlet.report.Summary;
import java.nio.file.Path;

/** junit.xml from a summary: a test case per objective and per chaos experiment (owned by the gate work). */
public final class JUnitReport {

  private JUnitReport() {}

  public static void write(Summary summary, Path file) {
    // written by the gate work (issue 5)
  }
}
