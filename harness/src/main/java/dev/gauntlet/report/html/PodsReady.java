package dev.gauntlet.report.html;

import dev.gauntlet.analysis.SchedulerEvents;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ready runtime pods per app over time, from events.json: a pod counts from its {@code ready} (or an
 * {@code adopted} that was not still starting) until it is gone, killed, retired, replaced or unhealthy.
 * Drawn as exact steps: pod events are few even in a long run.
 */
final class PodsReady {

  static final String[] COLOURS = {"#0891b2", "#65a30d", "#c026d3", "#ca8a04", "#475569", "#db2777"};

  private PodsReady() {}

  /** One step line per app, in the order apps first appear; empty without events (an external target). */
  static List<Series> of(SchedulerEvents events, Buckets buckets) {
    Map<String, Set<String>> ready = new LinkedHashMap<>();
    Map<String, List<long[]>> steps = new LinkedHashMap<>(); // app -> {offset, ready count}
    for (SchedulerEvents.Event e : events.all()) {
      Set<String> pods = ready.computeIfAbsent(e.app(), app -> new HashSet<>());
      List<long[]> line = steps.computeIfAbsent(e.app(), app -> new ArrayList<>());
      boolean changed = switch (e.type()) {
        case "ready" -> pods.add(e.pod());
        case "adopted" -> !e.detail().contains("starting") && pods.add(e.pod());
        default -> e.leavesReady() && pods.remove(e.pod());
      };
      if (changed) {
        long offset = Math.max(0, e.at() - buckets.startMillis()); // pods readied before load show from 0
        if (!line.isEmpty() && line.get(line.size() - 1)[0] == offset) {
          line.remove(line.size() - 1);
        }
        line.add(new long[] {offset, pods.size()});
      }
    }
    List<Series> series = new ArrayList<>();
    int colour = 0;
    for (Map.Entry<String, List<long[]>> app : steps.entrySet()) {
      List<long[]> line = app.getValue();
      if (line.isEmpty()) {
        continue;
      }
      long[] x = new long[line.size()];
      double[] y = new double[line.size()];
      String[] tips = new String[line.size()];
      for (int i = 0; i < x.length; i++) {
        x[i] = line.get(i)[0];
        y[i] = line.get(i)[1];
        tips[i] = app.getKey() + " at " + Html.offset(x[i]) + ": " + line.get(i)[1] + " ready";
      }
      series.add(new Series(app.getKey(), COLOURS[colour++ % COLOURS.length], Series.Kind.STEP, x, y, tips));
    }
    return series;
  }
}
