package dev.gauntlet.report.html;

import dev.gauntlet.analysis.ResourceSamples.Sample;
import java.util.List;

/** CPU and memory per component over the run's time, with the faults marked (from metrics/resources.jsonl). */
final class ResourceSection {

  static final TimeChart CPU = new TimeChart("chart-cpu", "CPU per component (cores: CPU seconds a second)", "cores",
      "no metrics/resources.jsonl (a run from before it was kept, or no process to read)");
  static final TimeChart MEMORY = new TimeChart("chart-memory", "Memory per component (resident set)", "MiB",
      "no metrics/resources.jsonl (a run from before it was kept, or no process to read)");

  private ResourceSection() {}

  static String html(RunData run, List<Sample> samples) {
    Buckets b = run.buckets();
    List<FaultMarks.Mark> marks = FaultMarks.of(run.summary(), run.startMillis());
    return "<section id=\"resources\"><h2>Resources</h2><p class=\"hint\">Each component's CPU and memory, read "
        + "every second (local processes from /proc, containers from their cgroup); runtime pods added up.</p>"
        + CPU.html(ResourceSeries.cpu(samples, b), run.spanMillis(), marks)
        + MEMORY.html(ResourceSeries.memory(samples, b), run.spanMillis(), marks) + "</section>";
  }
}
