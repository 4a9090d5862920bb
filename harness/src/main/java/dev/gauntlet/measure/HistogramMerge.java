package dev.gauntlet.measure;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * Adds the {@code histograms/} of several load workers (or shard runs) into one: every interval of
 * every worker, in time order, in one interval log per SLI, and the whole-run distribution their sum.
 * Counts are added bucket by bucket, so the merged percentiles are those of all the samples together:
 * no percentile is ever averaged.
 */
public final class HistogramMerge {

  private HistogramMerge() {}

  /** Writes into {@code outDir} the sum of the {@code <sli>.hlog} files found in {@code dirs}; returns the SLIs merged. */
  public static List<String> merge(List<Path> dirs, Path outDir) {
    TreeSet<String> keys = new TreeSet<>();
    for (Path dir : dirs) {
      keys.addAll(logsIn(dir));
    }
    try {
      Files.createDirectories(outDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + outDir, e);
    }
    for (String key : keys) {
      List<Histogram> intervals = new ArrayList<>();
      for (Path dir : dirs) {
        Path log = dir.resolve(key + ".hlog");
        if (Files.isRegularFile(log)) {
          intervals.addAll(SliHistograms.readIntervals(log));
        }
      }
      intervals.sort(Comparator.comparingLong(Histogram::getStartTimeStamp));
      write(key, intervals, outDir);
    }
    return List.copyOf(keys);
  }

  private static void write(String key, List<Histogram> intervals, Path outDir) {
    Histogram total = new Histogram(SliHistograms.HIGHEST_TRACKABLE_MICROS, SliHistograms.SIGNIFICANT_DIGITS);
    long start = intervals.isEmpty() ? 0 : intervals.get(0).getStartTimeStamp();
    try (PrintStream out = new PrintStream(Files.newOutputStream(outDir.resolve(key + ".hlog")), true, "UTF-8")) {
      HistogramLogWriter writer = new HistogramLogWriter(out);
      writer.outputComment("Gauntlet " + key + ": values in microseconds, the workers' intervals added");
      writer.outputStartTime(start);
      writer.setBaseTime(start);
      writer.outputLegend();
      for (Histogram interval : intervals) {
        writer.outputIntervalHistogram(interval);
        total.add(interval);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the merged histogram log " + outDir.resolve(key + ".hlog"), e);
    }
    SliHistograms.writeTotal(total, outDir.resolve(key + ".hgrm"));
  }

  private static List<String> logsIn(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".hlog"))
          .map(n -> n.substring(0, n.length() - ".hlog".length())).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
