package dev.gauntlet.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.scenario.LoadModel;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChoicesTest {

  static Plan plan(Plan.ThinkTime think, List<String> entries, List<Plan.App> apps) {
    return new Plan("r", "s", 42, "/tmp/r", LoadModel.CLOSED, 1, 0, 0, 1000, 0, 3, think, 10_000, 15_000, entries, apps);
  }

  static final List<Plan.App> ONE_APP = List.of(new Plan.App("dash", "/apps/dash", 1, List.of()));

  @Test
  void uniformThinkTimesStayInRangeAndRepeatWithTheSeed() {
    Plan p = plan(new Plan.ThinkTime("uniform", 1000, 3000, 0), List.of("http://a"), ONE_APP);
    Choices a = new Choices(p, 7);
    Choices b = new Choices(p, 7);
    for (int i = 0; i < 50; i++) {
      Duration t = a.thinkTime();
      assertThat(t).isBetween(Duration.ofMillis(1000), Duration.ofMillis(3000));
      assertThat(b.thinkTime()).isEqualTo(t);
    }
    assertThat(new Choices(p, 8).thinkTime()).isNotEqualTo(new Choices(p, 7).thinkTime());
  }

  @Test
  void exponentialThinkTimesAverageNearTheMean() {
    Plan p = plan(new Plan.ThinkTime("exponential", 0, 0, 200), List.of("http://a"), ONE_APP);
    Choices c = new Choices(p, 1);
    double meanMillis = IntStream.range(0, 20_000).mapToLong(i -> c.thinkTime().toMillis()).average().orElseThrow();
    assertThat(meanMillis).isBetween(180.0, 220.0);
  }

  @Test
  void entryPointsStartAtVuModuloNAndRotateOnEachReconnect() {
    List<String> entries = List.of("http://g1", "http://g2/", "http://g3");
    assertThat(Choices.entryPoint(entries, 4, 0)).isEqualTo("http://g2");
    assertThat(Choices.entryPoint(entries, 4, 1)).isEqualTo("http://g3");
    assertThat(Choices.entryPoint(entries, 4, 2)).isEqualTo("http://g1");
  }

  @Test
  void appsArePickedByWeight() {
    List<Plan.App> apps = List.of(new Plan.App("a", "/a", 3, List.of()), new Plan.App("b", "/b", 1, List.of()));
    Plan p = plan(null, List.of("http://g"), apps);
    long a = IntStream.range(0, 4000).filter(vu -> new Choices(p, vu).app().name().equals("a")).count();
    assertThat(a).isBetween(2800L, 3200L);
  }

  @Test
  void backoffStartsNear100MsDoublesAndCapsAt2s() {
    Choices c = new Choices(plan(null, List.of("http://g"), ONE_APP), 1);
    assertThat(c.backoff(1)).isBetween(Duration.ofMillis(87), Duration.ofMillis(113));
    assertThat(c.backoff(2)).isBetween(Duration.ofMillis(175), Duration.ofMillis(225));
    assertThat(c.backoff(10)).isLessThanOrEqualTo(Duration.ofSeconds(2));
  }
}
