package dev.gauntlet.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.analysis.Capacity;
import dev.gauntlet.analysis.Capacity.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** capacity.json of a known search, field for field (src/test/resources/capacity/capacity.json). */
class CapacityGoldenTest {

  static final CapacityPlan PLAN = new CapacityPlan("users", 2, 32, 2, 0, Duration.ofSeconds(5),
      Duration.ofSeconds(10), 1, 6.0, 40.0, 0.3);

  /** A search over a system that holds up to 10 users; 2 users a pod; throughput levels off. */
  static List<Step> steps() {
    Search search = new Search(PLAN);
    List<Step> steps = new ArrayList<>();
    long t = 1_764_500_000_000L;
    while (search.next().isPresent()) {
      double level = search.next().getAsDouble();
      boolean held = level <= 10;
      String phase = search.bisecting() ? "bisect" : "step";
      double throughput = Math.round(1000 * 2 * level / (1 + 0.05 * (level - 1) + 0.004 * level * (level - 1))) / 1000.0;
      double p95 = 100 + 20 * level * level;
      List<Capacity.Objective> objectives = List.of(
          new Capacity.Objective("ttfr_ms p95 < 2500", p95, "ms", (long) (level * 30), p95 < 2500),
          new Capacity.Objective("interaction_success >= 99%", 100.0, "percent", (long) (level * 40), true));
      int pods = (int) Math.ceil(level / 2);
      steps.add(new Step(steps.size() + 1, level, phase, t, t + 5_000, t + (held ? 15_000 : 9_000), throughput, level,
          (long) level * 3, p95, objectives, held ? Step.HELD : Step.BROKE, !held, held ? null
              : "ttfr_ms p95 < 2500 can no longer be met", pods, 2,
          Map.of("gateway-1", 0.5 * level, "scheduler", 0.2, "pods", 0.9 * level)));
      search.record(level, held);
      t += 20_000;
    }
    return steps;
  }

  static Capacity result() {
    return CapacityResults.of(PLAN, "20261130-110000-cap-1a2b", "cap", steps());
  }

  @Test
  void capacityJsonMatchesTheGolden(@TempDir Path dir) throws IOException {
    Capacity capacity = result();
    capacity.write(dir);
    String written = Files.readString(dir.resolve(Capacity.FILE));
    Path golden = Path.of("src/test/resources/capacity/capacity.json");
    Files.writeString(Files.createDirectories(Path.of("target")).resolve("capacity-golden-actual.json"), written); // to diff
    assertThat(golden).as("the golden file").exists();
    assertThat(written).isEqualTo(Files.readString(golden));
    assertThat(Capacity.read(dir.resolve(Capacity.FILE))).isEqualTo(capacity);
  }

  @Test
  void theResultAnswersTheReviewsQuestions() {
    Capacity c = result();
    assertThat(c.maxLoad()).isEqualTo(10);
    assertThat(c.firstBreaking()).isEqualTo(11);
    assertThat(c.limitedBy()).isEqualTo("ttfr_ms p95 < 2500");
    assertThat(c.perPod()).isEqualTo(2.0);
    assertThat(c.perGateway()).isEqualTo(5.0);
    // 40 users at 70% of the 2 users a pod held: 29 pods; of the 5 a gateway held: 12 gateways
    assertThat(c.sizing().pods()).isEqualTo(29);
    assertThat(c.sizing().gateways()).isEqualTo(12);
    assertThat(c.met()).isTrue();
    assertThat(c.steps()).allSatisfy(s -> assertThat(s.level()).isLessThanOrEqualTo(32));
    assertThat(c.usl().sigma()).isCloseTo(0.05, org.assertj.core.api.Assertions.within(0.01));
  }

  @Test
  void aStepWhoseBusiestProcessUsedLittleCpuSaturatedNothing() {
    Step idle = new Step(1, 20, "step", 0, 5_000, 20_000, 10, 20, 40, 50.0, List.of(), Step.BROKE, true, "x", 3, 2,
        Map.of("gateway-1", 1.0, "pod-a", 3.0));
    assertThat(CapacityResults.saturated(idle, PLAN))
        .isEqualTo("no process near a full core (busiest pod-a: 0.15 CPU cores at 20 users)");
  }
}
