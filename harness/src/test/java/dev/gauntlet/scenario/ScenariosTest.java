package dev.gauntlet.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gauntlet.yaml.ScenarioException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenariosTest {

  @TempDir
  Path root;

  ScenarioFiles files;

  @BeforeEach
  void setUp() {
    files = new ScenarioFiles(root);
  }

  @Test
  void readsALocalTargetWithDefaultsAndRelativeSpecs() {
    Path file = files.scenario("""
        name: smoke
        target:
          kind: local
          gateways: 3
          scheduler: {healthInterval: 500ms, detachedTtl: 2m}
          apps:
            - spec: ../apps/dash.yaml
              warm: 2
              startTimeout: 20s
            - app: light
        chaos:
          anything: [goes, here, for now]
        """);

    Scenario s = Scenarios.load(file);

    assertThat(s.name()).isEqualTo("smoke");
    assertThat(s.sectionNames()).containsExactly("chaos");
    assertThat(s.loadSection()).isEmpty();
    assertThat(s.deadlines()).isEqualTo(Deadlines.defaults());
    LocalTarget t = (LocalTarget) s.target();
    assertThat(t.gateways()).isEqualTo(3);
    assertThat(t.basePort()).isZero();
    assertThat(t.scheduler()).isEqualTo(new SchedulerSettings(
        Duration.ofMillis(500), 3, Duration.ofMinutes(2), Duration.ofSeconds(10)));
    assertThat(t.apps()).containsExactly(
        new AppPool("dash", root.resolve("apps/dash.yaml"), 2, 50, Duration.ofSeconds(60), Duration.ofSeconds(20)),
        new AppPool("light", root.resolve("apps/light.yaml"), 1, 50, Duration.ofSeconds(60), Duration.ofSeconds(30)));
    assertThat(t.runtime().jvmOptions()).isEqualTo(RuntimeSettings.DEFAULT_JVM_OPTIONS);
  }

  @Test
  void readsAnExternalTarget() {
    Path file = files.scenario("target:\n  kind: external\n  url: http://10.0.0.5:8080\n");
    assertThat(Scenarios.load(file).target()).isEqualTo(new ExternalTarget(URI.create("http://10.0.0.5:8080")));
  }

  @Test
  void unknownTargetFieldNamesFileLineAndSuggests() {
    Path file = files.scenario("name: x\ntarget:\n  kind: local\n  gatways: 2\n  apps: [{spec: ../apps/dash.yaml}]\n");
    assertThatThrownBy(() -> Scenarios.load(file))
        .isInstanceOf(ScenarioException.class)
        .hasMessage(ScenarioException.display(file) + " line 4: unknown field 'gatways' in 'target' (did you mean gateways?);"
            + " known fields: kind, gateways, basePort, scheduler, apps, runtime, kubernetes");
  }

  @Test
  void unknownNestedFieldNamesItsSection() {
    Path file = files.scenario("target:\n  scheduler:\n    healthIntervall: 1s\n  apps: [{spec: ../apps/dash.yaml}]\n");
    assertThatThrownBy(() -> Scenarios.load(file))
        .hasMessageStartingWith(ScenarioException.display(file)
            + " line 3: unknown field 'healthIntervall' in 'target.scheduler' (did you mean healthInterval?)");
  }

  @Test
  void wrongValuesNameTheDottedFieldAndTheFix() {
    assertMessage("target:\n  gateways: two\n  apps: [{spec: ../apps/dash.yaml}]\n",
        " line 2: target.gateways is 'two', not a whole number; write e.g. gateways: 2");
    assertMessage("target:\n  apps:\n    - spec: ../apps/dash.yaml\n      idleRetire: soon\n",
        " line 4: target.apps[0].idleRetire is 'soon', not a duration; write e.g. 250ms, 2s, 1m");
    assertMessage("target:\n  kind: locall\n",
        " line 2: target.kind 'locall' is not a known kind (did you mean local?); "
            + "write kind: local (processes on this machine), docker (containers), kubernetes (pods) or external (with url:)");
  }

  @Test
  void missingSpecAndUnknownAppAreNamed() {
    Path file = files.scenario("target:\n  apps:\n    - spec: ../apps/dsh.yaml\n");
    assertThatThrownBy(() -> Scenarios.load(file))
        .hasMessageStartingWith(ScenarioException.display(file) + " line 3: target.apps[0].spec '../apps/dsh.yaml' does not exist");
    assertMessage("target:\n  apps:\n    - app: dahs\n",
        " line 3: unknown app 'dahs' (did you mean dash?); known apps (the .yaml files in "
            + ScenarioException.display(root.resolve("apps")) + "): dash, light");
  }

  @Test
  void malformedYamlNamesTheLine() {
    Path file = files.scenario("target:\n  gateways: 2\n  apps: [unclosed\n");
    assertThatThrownBy(() -> Scenarios.load(file))
        .isInstanceOfSatisfying(ScenarioException.class, e -> assertThat(e.line()).isGreaterThanOrEqualTo(3))
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void appSpecWithoutNameIsReportedAgainstTheSpecFile() {
    Path spec = files.write("apps/noname.yaml", "startup: {cpu: 1ms}\n");
    Path file = files.scenario("target:\n  apps: [{spec: ../apps/noname.yaml}]\n");
    assertThatThrownBy(() -> Scenarios.load(file))
        .hasMessage(ScenarioException.display(spec) + " line 1: app spec has no 'name'; add name: my-app ([a-z0-9-]+)");
  }

  @Test
  void targetIsRequiredAndAppsMayNotRepeat() {
    assertMessage("name: x\nload: {}\n", " line 1: no 'target' section; add target: {kind: local, gateways: 2, "
        + "apps: [{spec: ../apps/dash.yaml, warm: 2}]}");
    assertMessage("target:\n  apps:\n    - app: dash\n    - spec: ../apps/dash.yaml\n",
        " line 4: app 'dash' is listed twice in target.apps; keep one pool per app");
  }

  @Test
  void jvmOptionsReplaceTheDefaults() {
    Path file = files.scenario("target:\n  apps: [{app: dash}]\n  runtime: {jvmOptions: [-Xmx64m]}\n");
    assertThat(((LocalTarget) Scenarios.load(file).target()).runtime().jvmOptions()).isEqualTo(List.of("-Xmx64m"));
  }

  private void assertMessage(String yaml, String expectedAfterFile) {
    Path file = files.scenario(yaml);
    assertThatThrownBy(() -> Scenarios.load(file))
        .isInstanceOf(ScenarioException.class)
        .hasMessage(ScenarioException.display(file) + expectedAfterFile);
  }
}
