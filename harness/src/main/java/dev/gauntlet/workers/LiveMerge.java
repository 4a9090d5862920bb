package dev.gauntlet.workers;

import dev.gauntlet.analysis.RunFiles;
import dev.gauntlet.measure.Journal;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.JournalReader;
import dev.gauntlet.merge.RunMerge;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Copies what each worker measures into the run's journal as it is written (four times a second),
 * each line with its worker, so the progress line, the watches and the steady-state probes, which
 * follow that journal, see the whole load. The run's end rebuilds the journal from the workers' own
 * ({@link dev.gauntlet.merge.RunMerge}), so these copies serve only while the run is on. Mutable.
 */
final class LiveMerge implements AutoCloseable {

  private final Journal journal;
  private final List<JournalReader> workers = new ArrayList<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "gauntlet-live-merge");
    t.setDaemon(true);
    return t;
  });

  LiveMerge(Journal journal, List<Path> workerDirs) {
    this.journal = journal;
    workerDirs.forEach(d -> workers.add(JournalReader.follow(d.resolve(RunFiles.JOURNAL))));
  }

  void start() {
    timer.scheduleWithFixedDelay(this::copy, 250, 250, TimeUnit.MILLISECONDS);
  }

  synchronized void copy() {
    for (int i = 0; i < workers.size(); i++) {
      try {
        for (JournalEvent e : workers.get(i).poll()) {
          if (RunMerge.isMeasured(e)) {
            journal.write(e, i + 1);
          }
        }
      } catch (IOException e) {
        // read again at the next copy
      }
    }
  }

  /** Stops copying, after a last copy of what the workers wrote. */
  @Override
  public void close() {
    timer.shutdownNow();
    copy();
  }
}
