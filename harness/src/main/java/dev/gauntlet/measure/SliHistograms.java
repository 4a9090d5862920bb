package dev.gauntlet.measure;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.HdrHistogram.HistogramLogWriter;
import org.HdrHistogram.Recorder;

/**
 * A Recorder per logged {@link Sli}, values in MICROSECONDS. Every second the interval is appended to
 * {@code histograms/<key>.hlog} (an HdrHistogram interval log); {@link #close()} writes the last
 * interval and the whole run's percentile distribution, in ms, to {@code <sli>.hgrm}.
 * Thread-safe: recording is wait-free, the files are written by one daemon thread.
 */
public final class SliHistograms implements AutoCloseable {

  /** Up to an hour, 3 significant digits (the summary's precision). */
  static final long HIGHEST_TRACKABLE_MICROS = Duration.ofHours(1).toNanos() / 1000;
  static final int SIGNIFICANT_DIGITS = 3;

  private static final java.util.List<Sli> LOGGED =
      java.util.Arrays.stream(Sli.values()).filter(Sli::logged).toList();

  private final Path dir;
  private final Map<Sli, Recorder> recorders = new EnumMap<>(Sli.class);
  private final Map<Sli, Histogram> totals = new EnumMap<>(Sli.class);
  private final Map<Sli, PrintStream> outs = new EnumMap<>(Sli.class);
  private final Map<Sli, HistogramLogWriter> writers = new EnumMap<>(Sli.class);
  private final ScheduledExecutorService ticker;
  private boolean closed;

  private SliHistograms(Path dir, Duration interval) {
    this.dir = dir;
    long startMillis = System.currentTimeMillis();
    for (Sli sli : LOGGED) {
      recorders.put(sli, new Recorder(HIGHEST_TRACKABLE_MICROS, SIGNIFICANT_DIGITS));
      totals.put(sli, new Histogram(HIGHEST_TRACKABLE_MICROS, SIGNIFICANT_DIGITS));
      try {
        PrintStream out = new PrintStream(Files.newOutputStream(dir.resolve(sli.key() + ".hlog")), true, "UTF-8");
        HistogramLogWriter writer = new HistogramLogWriter(out);
        writer.outputComment("Gauntlet " + sli.key() + ": values in microseconds, one interval a second");
        writer.outputStartTime(startMillis);
        writer.setBaseTime(startMillis);
        writer.outputLegend();
        outs.put(sli, out);
        writers.put(sli, writer);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create the histogram log in " + dir, e);
      }
    }
    ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "gauntlet-histograms");
      t.setDaemon(true);
      return t;
    });
    ticker.scheduleAtFixedRate(this::flushInterval, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Starts recording, with the logs under {@code runDir/histograms}. */
  public static SliHistograms start(Path runDir, Duration interval) {
    Path dir = runDir.resolve("histograms");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
    return new SliHistograms(dir, interval);
  }

  /** Records one latency given in milliseconds with fractions (as the journal has it). */
  public void recordMillis(Sli sli, double millis) {
    if (!sli.logged()) {
      throw new IllegalArgumentException(sli.key() + " is not recorded as the run goes");
    }
    long micros = Math.max(0, Math.min(HIGHEST_TRACKABLE_MICROS, Math.round(millis * 1000)));
    recorders.get(sli).recordValue(micros);
  }

  private synchronized void flushInterval() {
    if (closed) {
      return;
    }
    for (Sli sli : LOGGED) {
      // not recycled: a kept spare (and its encoding buffer) is ~0.4 MB live per SLI for ~1 ms/s of CPU
      Histogram interval = recorders.get(sli).getIntervalHistogram();
      if (interval.getTotalCount() > 0) { // adding an empty interval walks every bucket for nothing
        totals.get(sli).add(interval);
      }
      writers.get(sli).outputIntervalHistogram(interval);
    }
  }

  /** Writes the last interval and the whole-run distributions, then closes the files. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    flushInterval();
    closed = true;
    ticker.shutdownNow();
    for (Sli sli : LOGGED) {
      outs.get(sli).close();
      writeTotal(totals.get(sli), dir.resolve(sli.key() + ".hgrm"));
    }
  }

  /** A whole-run distribution, in ms, as {@code <sli>.hgrm} has it. */
  static void writeTotal(Histogram total, Path hgrm) {
    try (PrintStream out = new PrintStream(Files.newOutputStream(hgrm), true, "UTF-8")) {
      total.outputPercentileDistribution(out, 1000.0); // microseconds -> ms
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the whole-run histogram " + hgrm, e);
    }
  }

  /** Sums every interval of an interval log (values in microseconds). */
  public static Histogram readTotal(Path hlog) {
    Histogram total = new Histogram(HIGHEST_TRACKABLE_MICROS, SIGNIFICANT_DIGITS);
    readIntervals(hlog).forEach(total::add);
    return total;
  }

  /** Every interval of an interval log, with its absolute start and end (epoch ms). */
  static java.util.List<Histogram> readIntervals(Path hlog) {
    java.util.List<Histogram> intervals = new java.util.ArrayList<>();
    try {
      HistogramLogReader reader = new HistogramLogReader(hlog.toFile());
      while (reader.hasNext()) {
        intervals.add((Histogram) reader.nextIntervalHistogram());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the histogram log " + hlog, e);
    }
    return intervals;
  }
}
