package dev.gauntlet.report.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.analysis.RunFiles;
import dev.gauntlet.analysis.RunReading;
import dev.gauntlet.analysis.SloVerdict;
import dev.gauntlet.analysis.Summary;
import dev.gauntlet.report.RunReports;
import dev.gauntlet.run.RunSummaries;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The recorded runs under src/test/resources/report/ ({@code smoke}: no events, no faults;
 * {@code chaos}: two faults, events.json, two experiments) turned into run directories with
 * index.html, with the verdicts of src/test/resources/html/slos.json added.
 */
public final class ReportFixtures {

  /** The fixture runs by name, and the resource folder each lives in. */
  public enum Run {
    SMOKE("/report/"), CHAOS("/report/chaos/");

    final String folder;

    Run(String folder) {
      this.folder = folder;
    }
  }

  private ReportFixtures() {}

  /** Copies the run's files into {@code runDir}, summarizes, adds the SLO verdicts, writes index.html; the summary. */
  public static Summary write(Run run, Path runDir) {
    try {
      Files.createDirectories(runDir);
      for (String name : new String[] {RunFiles.JOURNAL, RunFiles.PLACEMENTS, RunFiles.EVENTS}) {
        try (InputStream in = ReportFixtures.class.getResourceAsStream(run.folder + name)) {
          if (in != null) {
            Files.copy(in, runDir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      RunReading summarized = RunSummaries.summarize(runDir);
      Summary summary = summarized.summary().withSlos(slos());
      HtmlReport.write(summarized.withSummary(summary), runDir.resolve(RunReports.HTML));
      return summary;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot set up the fixture run " + run + " in " + runDir, e);
    }
  }

  /** src/test/resources/html/slos.json: met, missed, a ratio with its budget, a note, a fault scope with an app. */
  public static List<SloVerdict> slos() {
    try (InputStream in = ReportFixtures.class.getResourceAsStream("/html/slos.json")) {
      return List.of(new ObjectMapper().readValue(in, SloVerdict[].class));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read src/test/resources/html/slos.json", e);
    }
  }
}
