package dev.gauntlet.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTest {

  private static CapacityPlan plan(String variable, double start, double max, double factor, double increment,
      double resolution) {
    return new CapacityPlan(variable, start, max, factor, increment, Duration.ofSeconds(5), Duration.ofSeconds(10),
        resolution, null, null, 0.3);
  }

  /** Runs the search against a system that holds every level up to {@code holds}; returns the levels tried. */
  private static List<Double> search(Search search, DoublePredicate holds) {
    List<Double> tried = new ArrayList<>();
    while (search.next().isPresent()) {
      double level = search.next().getAsDouble();
      tried.add(level);
      search.record(level, holds.test(level));
      assertThat(tried).as("the search ends").hasSizeLessThan(100);
    }
    return tried;
  }

  @ParameterizedTest(name = "users: breaks above {0}, start {1}, max {2}, factor {3}")
  @CsvSource({"13, 1, 64, 2", "1, 1, 64, 2", "63, 2, 64, 1.5", "40, 5, 50, 3", "7, 7, 100, 2"})
  void findsAClosedSystemsBreakingPointWithinOneUser(int breaksAbove, int start, int max, double factor) {
    Search s = new Search(plan("users", start, max, factor, 0, 1));
    List<Double> tried = search(s, level -> level <= breaksAbove);
    assertThat(tried).allSatisfy(l -> assertThat(l).isLessThanOrEqualTo(max));
    assertThat(tried).allSatisfy(l -> assertThat(l).isEqualTo(Math.rint(l)));
    assertThat(s.maxLoad().getAsDouble()).isBetween(breaksAbove - 1.0, (double) breaksAbove);
    assertThat(s.firstBreaking().getAsDouble() - s.maxLoad().getAsDouble()).isLessThanOrEqualTo(1);
  }

  @ParameterizedTest(name = "rate: breaks above {0}")
  @CsvSource({"3.3", "11.72", "0.9"})
  void findsAnOpenSystemsBreakingPointWithinTheResolution(double breaksAbove) {
    Search s = new Search(plan("arrivalsPerSecond", 0.5, 20, 0, 2, 0.25));
    List<Double> tried = search(s, level -> level <= breaksAbove);
    assertThat(tried).allSatisfy(l -> assertThat(l).isLessThanOrEqualTo(20));
    assertThat(s.maxLoad().getAsDouble()).isLessThanOrEqualTo(breaksAbove).isGreaterThan(breaksAbove - 0.25);
    assertThat(tried).as("steps up by the increment first").startsWith(0.5, 2.5);
  }

  @Test
  void aSystemThatHoldsTheMaximumEndsThereWithoutExceedingIt() {
    Search s = new Search(plan("users", 3, 20, 2, 0, 1));
    List<Double> tried = search(s, level -> true);
    assertThat(tried).containsExactly(3.0, 6.0, 12.0, 20.0);
    assertThat(s.maxLoad()).hasValue(20);
    assertThat(s.firstBreaking()).isEmpty();
  }

  @Test
  void aStartThatBreaksEndsWithNoMaxLoad() {
    Search s = new Search(plan("users", 4, 20, 2, 0, 1));
    assertThat(search(s, level -> false)).containsExactly(4.0);
    assertThat(s.maxLoad()).isEmpty();
    assertThat(s.firstBreaking()).hasValue(4);
  }

  @Test
  void bisectsBetweenTheLastGoodAndTheFirstBadLevel() {
    Search s = new Search(plan("users", 2, 64, 2, 0, 1));
    assertThat(search(s, level -> level <= 21)).containsExactly(2.0, 4.0, 8.0, 16.0, 32.0, 24.0, 20.0, 22.0, 21.0);
  }
}
