package dev.gauntlet.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gauntlet.scenario.Load.AppMix;
import dev.gauntlet.scenario.Load.ThinkTime;
import dev.gauntlet.scenario.Load.Widget;
import dev.gauntlet.scenario.LoadModel;
import dev.gauntlet.yaml.ScenarioException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load and deadlines sections: what they read to, and the exact error of each mistake. */
class LoadScenariosTest {

  static final String TARGET = "target:\n  apps: [{app: dash}, {app: light}]\n";

  @TempDir
  Path root;

  ScenarioFiles files;

  @BeforeEach
  void setUp() {
    files = new ScenarioFiles(root);
  }

  @Test
  void readsAClosedLoadWithWidgetsAndDeadlines() {
    Scenario s = Scenarios.load(files.scenario(TARGET + """
        load:
          model: closed
          users: 10
          ramp: 5s
          hold: 15s
          interactionsPerSession: 2
          thinkTime: {min: 200ms, max: 1s}
          apps:
            - app: dash
              weight: 2
              widgets:
                - {key: n, kind: slider, values: [10, 42.5]}
                - {key: go, kind: button}
        deadlines: {interaction: 8s, recovery: 20s}
        """));

    assertThat(s.load()).isEqualTo(new Load(LoadModel.CLOSED, 10, 0, Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ZERO, 2,
        ThinkTime.uniform(Duration.ofMillis(200), Duration.ofSeconds(1)),
        List.of(new AppMix("dash", 2, List.of(new Widget("n", "slider", List.of(10L, 42.5)),
            new Widget("go", "button", List.of()))))));
    assertThat(s.deadlines()).isEqualTo(new Deadlines(Duration.ofSeconds(8), Duration.ofSeconds(20)));
    assertThat(s.sectionNames()).isEmpty();
  }

  @Test
  void readsAnOpenLoadWithExponentialThinkTimeAndASessionCap() {
    Load l = Scenarios.load(files.scenario(TARGET + "load:\n  model: open\n  arrivalsPerSecond: 2.5\n  hold: 1m\n"
        + "  sessionLength: 30s\n  thinkTime: {mean: 2s}\n  apps: [{app: light}]\n")).load();
    assertThat(l.open()).isTrue();
    assertThat(l.arrivalsPerSecond()).isEqualTo(2.5);
    assertThat(l.sessionLength()).isEqualTo(Duration.ofSeconds(30));
    assertThat(l.thinkTime()).isEqualTo(ThinkTime.exponential(Duration.ofSeconds(2)));
    assertThat(l.interactionsPerSession()).isEqualTo(3);
  }

  @Test
  void anExternalTargetTakesAnyPathAsTheApp() {
    Load l = Scenarios.load(files.scenario("target: {kind: external, url: 'http://127.0.0.1:8501'}\n"
        + "load: {users: 1, hold: 5s, apps: [{app: ''}]}\n")).load();
    assertThat(l.apps()).extracting(AppMix::app).containsExactly("");
  }

  @Test
  void goldenMessages() {
    assertMessage("load: {model: closd, users: 1, hold: 5s, apps: [{app: dash}]}\n",
        " line 3: load.model 'closd' is not a known model (did you mean closed?); "
            + "write model: closed (users: N concurrent) or model: open (arrivalsPerSecond: R)");
    assertMessage("load:\n  users: 5\n  hold: 5s\n  thinkTme: 1s\n  apps: [{app: dash}]\n",
        " line 6: unknown field 'thinkTme' in 'load' (did you mean thinkTime?); known fields: model, users, "
            + "arrivalsPerSecond, ramp, hold, sessionLength, interactionsPerSession, thinkTime, apps");
    assertMessage("load:\n  model: open\n  users: 5\n  hold: 5s\n  apps: [{app: dash}]\n",
        " line 5: load.users does not apply to model open; use arrivalsPerSecond with model open, or change the model");
    assertMessage("load:\n  hold: 5s\n  apps: [{app: dash}]\n",
        " line 4: load (model closed) has no 'users'; add users: 20 (concurrent users at the hold)");
    assertMessage("load:\n  users: 0\n  hold: 5s\n  apps: [{app: dash}]\n",
        " line 4: load.users is 0, below the minimum 1; write users: 10");
    assertMessage("load:\n  model: open\n  arrivalsPerSecond: fast\n  hold: 5s\n  apps: [{app: dash}]\n",
        " line 5: load.arrivalsPerSecond is 'fast', not a number; write e.g. arrivalsPerSecond: 5");
    assertMessage("load:\n  users: 2\n  hold: 5s\n  apps:\n    - app: dahs\n",
        " line 7: load.apps[0].app 'dahs' is not deployed by the target (did you mean dash?); use one of target.apps: dash, light");
    assertMessage("load:\n  users: 2\n  hold: 5s\n  thinkTime: {min: 3s, max: 1s}\n  apps: [{app: dash}]\n",
        " line 6: load.thinkTime.max 1s is below min 3s; swap them, e.g. {min: 1s, max: 3s}");
    assertMessage("load:\n  users: 2\n  hold: 5s\n  apps:\n    - app: dash\n      widgets:\n        - {key: n, kind: slidr, values: [1]}\n",
        " line 9: load.apps[0].widgets[0].kind 'slidr' is not a known widget kind (did you mean slider?); "
            + "write kind: one of slider, button, checkbox, number_input, text_input, selectbox");
    assertMessage("load:\n  users: 2\n  hold: 5s\n  apps:\n    - app: dash\n      widgets:\n        - {key: n, kind: slider, values: [ten]}\n",
        " line 9: load.apps[0].widgets[0].values item 'ten' is not a number (a slider takes numbers); write e.g. values: [10, 42, 77]");
    assertMessage("load:\n  users: 2\n  hold: 5s\n  apps:\n    - app: dash\n      widgets:\n        - {key: go, kind: button, values: [1]}\n",
        " line 9: load.apps[0].widgets[0].values given for a button; drop values: (a button is clicked, it holds no value)");
    assertMessage("load:\n  users: 2\n  hold: 5s\n  apps: []\n",
        " line 6: load.apps lists no app; add apps: [{app: dash, weight: 1, widgets: [{key: n, kind: slider, values: [10, 42]}]}]");
    assertMessage("load: {users: 2, hold: 5s, apps: [{app: dash}]}\ndeadlines:\n  recovry: 5s\n",
        " line 5: unknown field 'recovry' in 'deadlines' (did you mean recovery?); known fields: interaction, recovery");
    assertMessage("load: {users: 2, hold: 5s, apps: [{app: dash}]}\ndeadlines:\n  interaction: 0s\n",
        " line 5: deadlines.interaction is 0: every interaction would fail; write e.g. interaction: 10s");
    assertMessage("laod: {users: 2}\n", " line 3: unknown section 'laod' (did you mean load?); "
        + "known sections: name, description, target, load, deadlines, chaos, slos, capacity, observability, auth");
  }

  private void assertMessage(String afterTarget, String expectedAfterFile) {
    Path file = files.scenario(TARGET + afterTarget);
    assertThatThrownBy(() -> Scenarios.load(file))
        .isInstanceOf(ScenarioException.class)
        .hasMessage(ScenarioException.display(file) + expectedAfterFile);
  }
}
