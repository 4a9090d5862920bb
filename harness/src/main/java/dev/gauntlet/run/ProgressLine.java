package dev.gauntlet.run;

import dev.gauntlet.measure.Journal;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.JournalReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Every second: reads what the journal gained, prints one progress line (refreshed in place on a
 * terminal, one line each otherwise) and appends a {@code progress} event. Mutable: start, close.
 */
final class ProgressLine implements AutoCloseable {

  private final JournalReader tail;
  private final LiveCounts counts = new LiveCounts();
  private final Journal journal;
  private final PrintStream out;
  private final boolean terminal;
  private final long startMillis = System.currentTimeMillis();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "gauntlet-progress");
    t.setDaemon(true);
    return t;
  });
  private boolean printed;

  ProgressLine(Journal journal, PrintStream out, boolean terminal) {
    this.journal = journal;
    this.tail = JournalReader.follow(journal.file());
    this.out = out;
    this.terminal = terminal;
  }

  void start() {
    timer.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
  }

  synchronized void tick() {
    try {
      tail.poll().forEach(counts::accept);
    } catch (IOException e) {
      return; // the journal is read again next second
    }
    journal.write(new JournalEvent.Progress(System.currentTimeMillis(), counts.active(), counts.done(), counts.errors()));
    String line = counts.line((System.currentTimeMillis() - startMillis) / 1_000);
    if (terminal) {
      out.print("\r" + line + "\u001b[K");
    } else {
      out.println(line);
    }
    out.flush();
    printed = true;
  }

  @Override
  public synchronized void close() {
    timer.shutdownNow();
    if (terminal && printed) {
      out.println();
    }
  }
}
