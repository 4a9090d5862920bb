package dev.gauntlet.simulations;

import static dev.gauntlet.simulations.RunFiles.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gauntlet.deploy.Deployment;
import dev.gauntlet.deploy.Deployments;
import dev.gauntlet.deploy.Pod;
import dev.gauntlet.load.GatlingLauncher;
import dev.gauntlet.load.Plan;
import dev.gauntlet.scenario.AppPool;
import dev.gauntlet.scenario.LoadModel;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.RuntimeSettings;
import dev.gauntlet.scenario.SchedulerSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The virtual users drive every widget kind of apps/widgets.yaml through a real gateway and
 * runtime: each interaction succeeds, and the runtime's own count says each value came in the
 * slot its widget takes (a float and an int number_input, a selectbox by option name and index).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the first test's runtime counts must not see the second's
class WidgetKindsSimulationIT {

  static final Pattern COUNTED = Pattern.compile(
      "gauntlet_runtime_widget_values_total\\{fits=\"(\\w+)\",key=\"(\\w*)\",kind=\"(\\w+)\",slot=\"(\\w+)\"} ([0-9.]+)");
  static final List<Plan.Widget> EVERY_KIND = List.of(
      new Plan.Widget("n", "slider", List.of(10, 42)),
      new Plan.Widget("go", "button", List.of()),
      new Plan.Widget("flag", "checkbox", List.of(true, false)),
      new Plan.Widget("num", "number_input", List.of(1, 2.5)),
      new Plan.Widget("count", "number_input", List.of(3, 7)),
      new Plan.Widget("name", "text_input", List.of("ada", "grace")),
      new Plan.Widget("pick", "selectbox", List.of("blue", 0)));

  Path work;
  Deployment deployment;
  String gateway;

  @BeforeAll
  void up() throws IOException {
    work = Files.createTempDirectory("gauntlet-widgets-it-");
    LocalTarget target = new LocalTarget(1, 0, SchedulerSettings.defaults(),
        List.of(new AppPool("widgets", RunFiles.home().resolve("apps/widgets.yaml"), 1, 50,
            Duration.ofSeconds(60), Duration.ofSeconds(30))), RuntimeSettings.defaults());
    deployment = Deployments.local(target, work.resolve("state"));
    gateway = deployment.start().gateways().get(0).toString();
  }

  @AfterAll
  void down() {
    if (deployment != null) {
      deployment.stop();
    }
  }

  Plan plan(Path runDir, int interactions, List<Plan.Widget> widgets) {
    return new Plan(runDir.getFileName().toString(), "it", 7, runDir.toString(), LoadModel.CLOSED, 2, 0, 0, 2000, 0,
        interactions, new Plan.ThinkTime("uniform", 20, 60, 0), 10_000, 15_000, List.of(gateway),
        List.of(new Plan.App("widgets", "/apps/widgets", 1.0, widgets)));
  }

  @Test
  @Order(1)
  void everyKindIsDrivenAndArrivesInItsSlot() throws Exception {
    Path runDir = work.resolve("every-kind");
    int interactions = 2 * EVERY_KIND.size(); // every widget twice: each of its two values

    assertThat(GatlingLauncher.run(RunFiles.write(plan(runDir, interactions, EVERY_KIND)), runDir)).isZero();

    BrowserSessionSimulationIT.assertCompleteRun(runDir, interactions);
    // key, whether the slot fits the widget, kind, slot: nothing arrived in a slot its widget does not take
    assertThat(counted(deployment.pods())).containsExactlyInAnyOrder(
        "n true slider double_array_value", "go true button trigger_value", "flag true checkbox bool_value",
        "num true number_input double_value", "count true number_input int_value",
        "name true text_input string_value", "pick true selectbox int_value");
  }

  @Test
  @Order(2)
  void aWidgetRenderedAsAnotherKindFailsEachInteractionSayingSoAndSendsNothing() {
    // what an external target allows (nothing checks the scenario against a spec before the run)
    Path runDir = work.resolve("wrong-kind");
    Plan plan = plan(runDir, 2, List.of(new Plan.Widget("n", "number_input", List.of(1, 2.5))));

    assertThat(GatlingLauncher.run(RunFiles.write(plan), runDir)).isZero();

    List<JsonNode> journal = RunFiles.journal(runDir);
    assertThat(ofType(journal, "rerun")).isNotEmpty().allSatisfy(r -> {
      assertThat(r.path("ok").asBoolean()).isFalse();
      assertThat(r.path("error").asText()).isEqualTo("widget 'n' is rendered as a slider, not a number_input "
          + "(drive it as kind: slider)");
    });
    assertThat(ofType(journal, "first_render")).isNotEmpty().allSatisfy(r -> assertThat(r.path("ok").asBoolean()).isTrue());
    assertThat(ofType(journal, "failover_seen")).isEmpty();
    assertThat(ofType(journal, "socket_dropped")).isEmpty();
  }

  /** Every "key fits kind slot" the app's ready pods counted at least one value for. */
  private static Set<String> counted(List<Pod> pods) throws IOException, InterruptedException {
    Set<String> out = new TreeSet<>();
    HttpClient http = HttpClient.newHttpClient();
    for (Pod pod : pods) {
      if (!pod.app().equals("widgets") || !pod.state().equals("ready")) {
        continue;
      }
      String metrics = http.send(HttpRequest.newBuilder(URI.create(pod.endpoint() + "/metrics"))
          .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
      Matcher m = COUNTED.matcher(metrics);
      while (m.find()) {
        if (Double.parseDouble(m.group(5)) > 0) {
          out.add(m.group(2) + " " + m.group(1) + " " + m.group(3) + " " + m.group(4));
        }
      }
    }
    return out;
  }
}
