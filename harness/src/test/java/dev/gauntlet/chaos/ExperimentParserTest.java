package dev.gauntlet.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gauntlet.yaml.ScenarioException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentParserTest {

  @TempDir
  Path dir;

  private Path write(String text) throws Exception {
    return Files.writeString(dir.resolve("e.yaml"), text);
  }

  @Test
  void readsTheDocumentedShape() throws Exception {
    Experiment e = ExperimentParser.parse(write("""
        title: t
        steadyState:
          - {name: p, probe: ttfr_p95_ms, window: 10s, below: 2000}
        method:
          - action: pod-terminate
            selector: {app: light, busy: true}
            mode: fixed-percent
            value: 50
            grace: 2s
          - pause: 1s
        rollbacks:
          - action: thaw-all
        """));
    assertThat(e.name()).isEqualTo("e");
    Probe p = e.steadyState().get(0);
    assertThat(p.name()).isEqualTo("p");
    assertThat(p.window()).isEqualTo(Duration.ofSeconds(10));
    assertThat(p.objective().text()).isEqualTo("ttfr_ms p95 < 2000"); // the older probe form, read as its objective
    assertThat(p.objective().threshold()).isEqualTo(2000);
    Step terminate = e.method().get(0);
    assertThat(terminate.selector()).isEqualTo(new Selector(null, "light", true));
    assertThat(terminate.mode()).isEqualTo(new Mode("fixed-percent", 50));
    assertThat(terminate.grace()).isEqualTo(Duration.ofSeconds(2));
    assertThat(e.method().get(1).isPause()).isTrue();
    assertThat(e.rollbacks()).extracting(Step::action).containsExactly("thaw-all");
  }

  @Test
  void anUnknownActionNamesTheFileLineAndTheNearestAction() throws Exception {
    Path file = write("title: t\nmethod:\n  - pause: 1s\n  - action: pod-kil\n");
    assertThatThrownBy(() -> ExperimentParser.parse(file)).isInstanceOf(ScenarioException.class)
        .hasMessageEndingWith("e.yaml line 4: unknown action 'pod-kil' (did you mean pod-kill?); known actions: pod-kill, "
            + "pod-terminate, pod-pause, gateway-kill, scheduler-kill, warm-pool-drain, thaw-all, idp-kill, idp-pause")
        .extracting(t -> ((ScenarioException) t).line()).isEqualTo(4);
  }

  @Test
  void otherMistakesNameTheirLine() throws Exception {
    Stream.of(
        new String[] {"method:\n  - action: pod-kill\n    mode: fixd\n", "line 3: method[0].mode is 'fixd' (did you mean fixed?)"},
        new String[] {"method:\n  - action: pod-kill\n    mode: fixed\n", "line 3: mode fixed needs a value; add value: 1"},
        new String[] {"method:\n  - action: pod-kill\n    selector: {component: gatway}\n",
            "line 3: method[0].selector.component is 'gatway' (did you mean gateway?)"},
        new String[] {"steadyState:\n  - {probe: ttfr, below: 1}\nmethod:\n  - pause: 1s\n",
            "line 2: steadyState[0].probe is 'ttfr'"},
        new String[] {"title: t\n", "line 1: the experiment has no method"},
        new String[] {"steadyState:\n  - name: p\n    objective: ttfr p95 < 2000\nmethod:\n  - pause: 1s\n",
            "line 3: objective 'ttfr p95 < 2000' names an unknown SLI 'ttfr' (did you mean ttfr_ms?)"},
        new String[] {"steadyState:\n  - name: p\n    objective: interaction_success >= 99\nmethod:\n  - pause: 1s\n",
            "line 3: objective 'interaction_success >= 99'"},
        new String[] {"method:\n  - action: gateway-kill\n    selector: {component: runtime}\n",
            "line 3: gateway-kill hits gateway processes, but the selector asks for runtime, so it matches nothing"},
        new String[] {"method:\n  - {}\n", "line 2: method[0] has neither an action nor a pause"}
    ).forEach(c -> assertThatThrownBy(() -> ExperimentParser.parse(write(c[0])))
        .as(c[0]).isInstanceOf(ScenarioException.class).hasMessageContaining(c[1]));
  }

  @Test
  void aProbeIsAnObjectiveWithAWindow() throws Exception {
    Experiment e = ExperimentParser.parse(write("""
        steadyState:
          - name: ok
            objective: interaction_success >= 99.5%
            window: 45s
        method:
          - pause: 1s
        """));
    Probe p = e.steadyState().get(0);
    assertThat(p.window()).isEqualTo(Duration.ofSeconds(45));
    assertThat(p.objective().sli()).isEqualTo("interaction_success");
    assertThat(p.objective().op()).isEqualTo(">=");
    assertThat(p.objective().threshold()).isEqualTo(99.5);
    assertThat(p.objective().line()).isEqualTo(3);
  }

  @Test
  void theShippedExperimentsParse() {
    Path chaos = Path.of(System.getProperty("gauntlet.home", "..")).resolve("chaos");
    for (String name : new String[] {"runtime-kill", "gateway-kill", "scheduler-kill", "pod-pause", "warm-pool-drain"}) {
      assertThat(ExperimentParser.parse(chaos.resolve(name + ".yaml")).method()).as(name).isNotEmpty();
    }
  }
}
