package dev.gauntlet.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.analysis.ResourceSamples.Sample;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CPU is the CPU seconds' slope, memory the mean per bucket; pods add up into one line; a missed second is bridged. */
class ResourceSeriesTest {

  static final Buckets SECONDS = new Buckets(0, 1_000, 4);

  @Test
  void cpuIsCoresPerComponentWithThePodsAddedUp() {
    List<Sample> samples = List.of(
        new Sample(100, "gateway", "gateway-1", 1.0, 100L << 20), new Sample(100, "runtime", "dash-1", 2.0, 50L << 20),
        new Sample(100, "runtime", "dash-2", 3.0, 70L << 20),
        new Sample(1_100, "gateway", "gateway-1", 1.5, 110L << 20), new Sample(1_100, "runtime", "dash-1", 2.25, 50L << 20),
        new Sample(1_100, "runtime", "dash-2", 3.25, 70L << 20),
        // no sample in the third second: the line goes on at its last value
        new Sample(3_100, "gateway", "gateway-1", 2.5, 120L << 20));
    List<Series> cpu = ResourceSeries.cpu(samples, SECONDS);
    assertThat(cpu).extracting(Series::label).containsExactly("gateway-1", "runtime pods (sum)");
    assertThat(cpu.get(0).values()).containsExactly(Double.NaN, 0.5, 0.5, 0.5);
    assertThat(cpu.get(1).values()[1]).isEqualTo(0.5);

    List<Series> memory = ResourceSeries.memory(samples, SECONDS);
    assertThat(memory.get(0).values()).containsExactly(100.0, 110.0, 110.0, 120.0);
    assertThat(memory.get(1).values()[0]).isEqualTo(120.0);
  }
}
