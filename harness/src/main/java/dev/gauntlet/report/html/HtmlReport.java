package dev.gauntlet.report.html;

import dev.gauntlet.analysis.Capacity;
import dev.gauntlet.analysis.ResourceSamples;
import dev.gauntlet.analysis.RunReading;
import dev.gauntlet.analysis.Summary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * index.html: the run's self-contained report (docs/report.md). Every chart is SVG drawn here, so
 * the file needs no script and no network; every text from the run is escaped.
 */
public final class HtmlReport {

  private HtmlReport() {}

  /** Writes the report of a summarized run (its summary, journal and snapshots), atomically. */
  public static void write(RunReading run, Path file) {
    Path capacity = file.resolveSibling(Capacity.FILE); // a capacity search's result, beside the page
    String html = render(RunData.of(run.summary(), run.events(), run.placements(), run.schedulerEvents()),
        Files.exists(capacity) ? Capacity.read(capacity) : null, ResourceSamples.read(file.getParent()));
    Page.write(html, file);
  }

  static String render(RunData run) {
    return render(run, null, List.of());
  }

  static String render(RunData run, Capacity capacity) {
    return render(run, capacity, List.of());
  }

  /**
   * The page; with a capacity search's result, its section comes after the verdicts; with the
   * components' resource samples, their charts come under the latency charts.
   */
  static String render(RunData run, Capacity capacity, List<ResourceSamples.Sample> resources) {
    Summary s = run.summary();
    String body = HeaderSection.html(run) + "\n" + VerdictSection.html(run) + "\n"
        + (capacity == null ? "" : CapacitySection.html(capacity) + "\n") + CountsSection.html(s) + "\n"
        + IdentitySection.html(s) + ChartsSection.html(run) + "\n"
        + (resources.isEmpty() ? "" : ResourceSection.html(run, resources) + "\n")
        + ColdWarmSection.html(run) + "\n" + FaultSection.html(run) + "\n";
    return Page.html("gauntlet: " + s.scenario() + " " + s.runId(), body);
  }
}
