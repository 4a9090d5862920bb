package dev.gauntlet.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workers' histograms added are the histogram of all their samples: the property, over random splits. */
class HistogramMergeTest {

  @TempDir
  Path work;

  @Test
  void theSumOfRandomSplitsHasTheUnionsCountsAndPercentiles() throws Exception {
    for (int trial = 0; trial < 20; trial++) {
      Random random = new Random(trial);
      int workers = 1 + random.nextInt(5);
      Path trialDir = Files.createDirectories(work.resolve("t" + trial));
      List<SliHistograms> recorders = new ArrayList<>();
      List<Path> dirs = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        Path dir = Files.createDirectories(trialDir.resolve("w" + w));
        dirs.add(dir.resolve("histograms"));
        recorders.add(SliHistograms.start(dir, Duration.ofHours(1))); // one interval each: written at close
      }
      Histogram union = new Histogram(SliHistograms.HIGHEST_TRACKABLE_MICROS, SliHistograms.SIGNIFICANT_DIGITS);
      int samples = 1 + random.nextInt(3_000);
      for (int i = 0; i < samples; i++) {
        double millis = Math.exp(random.nextGaussian() * 1.5 + 3); // long-tailed, 1 ms to seconds
        recorders.get(random.nextInt(workers)).recordMillis(Sli.RERUN, millis);
        union.recordValue(Math.round(millis * 1000));
      }
      recorders.forEach(SliHistograms::close);

      HistogramMerge.merge(dirs, trialDir.resolve("merged"));

      Histogram merged = SliHistograms.readTotal(trialDir.resolve("merged").resolve(Sli.RERUN.key() + ".hlog"));
      assertThat(merged.getTotalCount()).as("trial %d", trial).isEqualTo(samples);
      for (double q : new double[] {50, 90, 95, 99, 99.9, 100}) {
        assertThat(merged.getValueAtPercentile(q)).as("trial %d p%s", trial, q).isEqualTo(union.getValueAtPercentile(q));
      }
      assertThat(trialDir.resolve("merged").resolve(Sli.RERUN.key() + ".hgrm")).exists();
    }
  }

  @Test
  void intervalsOfAllWorkersAreKeptInTimeOrder() throws Exception {
    Path a = Files.createDirectories(work.resolve("a"));
    Path b = Files.createDirectories(work.resolve("b"));
    SliHistograms first = SliHistograms.start(a, Duration.ofHours(1));
    first.recordMillis(Sli.TTFR, 10);
    first.close();
    Thread.sleep(5); // the second worker's interval starts later
    SliHistograms second = SliHistograms.start(b, Duration.ofHours(1));
    second.recordMillis(Sli.TTFR, 20);
    second.close();

    HistogramMerge.merge(List.of(b.resolve("histograms"), a.resolve("histograms")), work.resolve("m"));

    List<Histogram> intervals = SliHistograms.readIntervals(work.resolve("m").resolve(Sli.TTFR.key() + ".hlog"));
    assertThat(intervals).hasSize(2);
    assertThat(intervals.get(0).getMaxValue()).isBetween(9_990L, 10_010L);
    assertThat(intervals.get(0).getStartTimeStamp()).isLessThanOrEqualTo(intervals.get(1).getStartTimeStamp());
  }
}
