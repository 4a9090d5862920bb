package dev.gauntlet.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.deploy.Target;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ModeTest {

  private static final List<Target> PODS = IntStream.range(0, 10)
      .mapToObj(i -> RecordingDeployment.pod("light-" + i, 1000 + i, "light", i % 2)).toList();

  @Test
  void oneAllFixedAndPercentPickThatMany() {
    assertThat(Mode.ONE.pick(PODS, new Random(1))).hasSize(1);
    assertThat(Mode.ALL.pick(PODS, new Random(1))).containsExactlyInAnyOrderElementsOf(PODS);
    assertThat(new Mode("fixed", 3).pick(PODS, new Random(1))).hasSize(3).doesNotHaveDuplicates();
    assertThat(new Mode("fixed", 30).pick(PODS, new Random(1))).hasSize(10);
    assertThat(new Mode("fixed-percent", 25).pick(PODS, new Random(1))).hasSize(2);
    assertThat(new Mode("fixed-percent", 1).pick(PODS, new Random(1))).as("at least one").hasSize(1);
    assertThat(Mode.ONE.pick(List.of(), new Random(1))).isEmpty();
  }

  @Test
  void theSameSeedPicksTheSameTargetsWhateverTheListOrder() {
    List<Target> reversed = new ArrayList<>(PODS);
    Collections.reverse(reversed);
    Mode fixed = new Mode("fixed", 3);
    assertThat(fixed.pick(reversed, new Random(42))).isEqualTo(fixed.pick(PODS, new Random(42)));
    List<List<Target>> bySeed = IntStream.range(0, 20).mapToObj(s -> fixed.pick(PODS, new Random(s))).distinct().toList();
    assertThat(bySeed).as("different seeds pick differently").hasSizeGreaterThan(1);
  }

  @Test
  void selectorsFilterByComponentAppAndBusy() {
    Target gateway = RecordingDeployment.component("gateway", "gateway-1", 9);
    assertThat(new Selector("runtime", "light", true).matches(PODS.get(1))).isTrue();
    assertThat(new Selector("runtime", "light", true).matches(PODS.get(0))).isFalse();
    assertThat(new Selector(null, "dash", null).matches(PODS.get(0))).isFalse();
    assertThat(new Selector("runtime", null, null).matches(gateway)).isFalse();
    assertThat(Selector.ANY.matches(gateway)).isTrue();
  }
}
