package dev.gauntlet.merge;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.analysis.RunFiles;
import dev.gauntlet.analysis.Workers;
import dev.gauntlet.measure.HistogramMerge;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.RunStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A run whose load ran in worker processes, merged in its own directory: the coordinator's lines
 * (run_started, faults, restarts, run_ended) and every worker's sessions in one journal in time order,
 * each worker line saying its worker; the workers' histograms added; {@code workers.json} written.
 * What {@code run --workers} does once its workers are done.
 */
public final class RunMerge {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RunMerge() {}

  /**
   * Rebuilds {@code runDir}'s journal from its own lines and those of {@code workerDirs} (worker i + 1
   * is {@code workerDirs.get(i)}); returns warnings (skipped lines, a missing worker, a clock skew).
   */
  public static List<String> workers(Path runDir, List<Path> workerDirs, double skewBoundMillis) {
    List<String> warnings = new ArrayList<>();
    Path journal = runDir.resolve(RunFiles.JOURNAL);
    List<Entry> entries = new ArrayList<>();
    // the lines the coordinator copied from the workers as the run went are read again from the source
    MergedJournal.read(journal, 0, 0, warnings).stream().filter(e -> e.worker() == 0).forEach(entries::add);
    List<List<Entry>> sources = new ArrayList<>();
    for (int i = 0; i < workerDirs.size(); i++) {
      sources.add(MergedJournal.read(workerDirs.get(i).resolve(RunFiles.JOURNAL), i + 1, i + 1, warnings));
    }
    entries.addAll(MergedJournal.measured(sources,
        "the workers numbered some virtual users alike (not shards of one plan?): renumbered as shards", warnings));
    MergedJournal.write(entries, journal);
    HistogramMerge.merge(workerDirs.stream().map(d -> d.resolve("histograms")).toList(), runDir.resolve("histograms"));
    List<Workers.Worker> shares = new ArrayList<>();
    for (int i = 0; i < workerDirs.size(); i++) {
      shares.add(workerReport(workerDirs.get(i), i + 1, runDir));
    }
    List<String> skew = Workers.skewWarnings(shares, skewBoundMillis);
    warnings.addAll(skew);
    new Workers(workerDirs.size(), skewBoundMillis, shares, skew).write(runDir);
    return warnings;
  }

  /** What a worker measured, as opposed to its own bookkeeping (its run_started, run_ended, progress). */
  public static boolean isMeasured(JournalEvent e) {
    return MergedJournal.isMeasured(e);
  }

  /** The worker's {@code worker.json} (what it wrote when it ended), its dir made relative to the run's. */
  static Workers.Worker workerReport(Path dir, int worker, Path runDir) {
    String relative = dir.toAbsolutePath().startsWith(runDir.toAbsolutePath())
        ? runDir.toAbsolutePath().relativize(dir.toAbsolutePath()).toString() : dir.toString();
    Path file = dir.resolve(WorkerFiles.WORKER);
    if (!Files.isRegularFile(file)) {
      return new Workers.Worker(worker, relative, null, RunStatus.INTERRUPTED, 0, 0, null, null, null); // it never ended
    }
    try {
      Workers.Worker w = JSON.readValue(file.toFile(), Workers.Worker.class);
      return new Workers.Worker(worker, relative, w.host(), w.status(), w.users(), w.arrivalsPerSecond(),
          w.clockOffsetMillis(), w.roundTripMillis(), w.cpuSeconds());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
