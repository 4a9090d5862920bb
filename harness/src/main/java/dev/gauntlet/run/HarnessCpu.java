package dev.gauntlet.run;

import dev.gauntlet.analysis.Summary;
import dev.gauntlet.analysis.Workers;
import java.util.Locale;
import java.util.Objects;

/** The run's last word on its own cost: the harness's CPU seconds (this JVM and its workers') per 1,000 interactions. */
final class HarnessCpu {

  private HarnessCpu() {}

  static String line(Double own, Summary summary) {
    if (own == null) {
      return "harness CPU: not known on this JVM";
    }
    double workers = summary.workers() == null ? 0 : summary.workers().workers().stream()
        .map(Workers.Worker::cpuSeconds).filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum();
    double total = own + workers;
    long interactions = summary.interactions().ok() + summary.interactions().failed();
    String split = summary.workers() == null ? "" : String.format(Locale.ROOT, " (this process %.1f s, %d workers %.1f s)",
        own, summary.workers().count(), workers);
    String per = interactions == 0 ? "no interactions"
        : String.format(Locale.ROOT, "%.2f s per 1,000 interactions", total * 1000 / interactions);
    return String.format(Locale.ROOT, "harness CPU %.1f s%s for %d interactions: %s", total, split, interactions, per);
  }
}
