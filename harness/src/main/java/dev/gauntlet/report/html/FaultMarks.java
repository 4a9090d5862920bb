package dev.gauntlet.report.html;

import dev.gauntlet.analysis.Fault;
import dev.gauntlet.analysis.Summary;
import dev.gauntlet.measure.FaultTarget;
import java.util.ArrayList;
import java.util.List;

/** The faults every time chart marks: when, what (action and targets), and how long until the platform recovered. */
final class FaultMarks {

  static final String COLOUR = "#dc2626";

  /**
   * @param offsetMillis the fault's time after the run's start
   * @param label action and target ids, e.g. {@code pod-kill dash-01}
   * @param recoveryMillis fault -> platform back at its size, drawn as a band; null when unknown
   */
  record Mark(long offsetMillis, String label, Long recoveryMillis, boolean dryRun) {}

  private FaultMarks() {}

  static List<Mark> of(Summary summary, long startMillis) {
    List<Mark> marks = new ArrayList<>();
    for (Fault f : summary.faults()) {
      marks.add(new Mark(f.at() - startMillis, label(f), f.recoveryMillis(), f.dryRun()));
    }
    return marks;
  }

  static String label(Fault f) {
    StringBuilder label = new StringBuilder(f.action() == null ? "fault" : f.action());
    List<String> ids = new ArrayList<>();
    for (FaultTarget t : f.targets()) {
      ids.add(t.id() == null ? "?" : t.id());
    }
    if (!ids.isEmpty()) {
      label.append(' ').append(ids.size() <= 2 ? String.join(",", ids) : ids.get(0) + " +" + (ids.size() - 1));
    }
    return f.dryRun() ? label + " (dry run)" : label.toString();
  }
}
