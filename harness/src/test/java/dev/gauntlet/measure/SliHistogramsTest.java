package dev.gauntlet.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SliHistogramsTest {

  @Test
  void whatIsRecordedReadsBackFromTheIntervalLogInMicroseconds(@TempDir Path runDir) throws Exception {
    SliHistograms h = SliHistograms.start(runDir, Duration.ofHours(1)); // only close() writes
    h.recordMillis(Sli.TTFR, 12.345);
    h.recordMillis(Sli.TTFR, 100);
    h.recordMillis(Sli.RERUN, 5);
    h.close();

    Histogram ttfr = SliHistograms.readTotal(runDir.resolve("histograms/ttfr_ms.hlog"));
    assertThat(ttfr.getTotalCount()).isEqualTo(2);
    assertThat(ttfr.getMaxValue()).isBetween(99_950L, 100_050L);
    assertThat(ttfr.getMinValue()).isBetween(12_330L, 12_360L);
    assertThat(SliHistograms.readTotal(runDir.resolve("histograms/failover_ms.hlog")).getTotalCount()).isZero();
    assertThat(Files.readString(runDir.resolve("histograms/ttfr_ms.hlog"))).contains("microseconds");
    assertThat(runDir.resolve("histograms/rerun_ms.hgrm")).isNotEmptyFile();
  }
}
