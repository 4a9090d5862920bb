package dev.gauntlet.platform.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.gauntlet.protocol.proto.ForwardMsg;
import dev.gauntlet.protocol.proto.WidgetState;
import dev.gauntlet.protocol.rerun.WidgetValues;
import dev.gauntlet.protocol.widgets.WidgetIdIndex;
import dev.gauntlet.protocol.widgets.WidgetIds;
import dev.gauntlet.protocol.widgets.WidgetKind;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * apps/widgets.yaml in a real runtime process: a client that reads the first render as a browser
 * does sets every widget kind, and the runtime shows each value and counts it in the right slot.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WidgetKindsIT {

  static final HttpClient HTTP = HttpClient.newHttpClient();
  static RuntimeProcess runtime;
  static int port;

  @BeforeAll
  static void start() {
    try {
      runtime = RuntimeProcess.start(Path.of("../apps/widgets.yaml"));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    port = runtime.awaitPort();
    await("health 200").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
        .until(() -> get("/_stcore/health").statusCode() == 200);
  }

  @AfterAll
  static void stop() throws Exception {
    runtime.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @Order(1) // the metrics are the process's: its count of misfits is zero only before the next test
  void everyKindArrivesInItsSlotAndIsShown() throws Exception {
    try (StreamClient tab = StreamClient.open(port)) {
      tab.rerun(null);
      WidgetIdIndex ids = WidgetIds.index(tab.untilRunEnds());
      assertThat(ids.all()).extracting(w -> w.kind().orElseThrow()).containsAll(List.of(WidgetKind.values()));

      tab.rerun("all", WidgetValues.of(ids.require("n"), WidgetKind.SLIDER, 42),
          WidgetValues.of(ids.require("go"), WidgetKind.BUTTON, true),
          WidgetValues.of(ids.require("flag"), WidgetKind.CHECKBOX, true),
          WidgetValues.of(ids.require("num"), WidgetKind.NUMBER_INPUT, 2.5),
          WidgetValues.of(ids.require("count"), WidgetKind.NUMBER_INPUT, 7),
          WidgetValues.of(ids.require("name"), WidgetKind.TEXT_INPUT, "grace"),
          WidgetValues.of(ids.require("pick"), WidgetKind.SELECTBOX, "blue"));

      assertThat(markdown(tab.untilRunEnds())).startsWith(
          "n = 42\n\ngo = true\n\nflag = true\n\nnum = 2.5\n\ncount = 7\n\nname = grace\n\npick = blue\n\n");
      String metrics = get("/metrics").body();
      for (String key : List.of("n", "go", "flag", "num", "count", "name", "pick")) {
        assertThat(metrics).as(key).containsPattern("gauntlet_runtime_widget_values_total\\{fits=\"true\",key=\""
            + key + "\",kind=\"[a-z_]+\",slot=\"[a-z_]+\"} 1.0");
      }
      assertThat(metrics).contains("key=\"count\",kind=\"number_input\",slot=\"int_value\"")
          .contains("key=\"num\",kind=\"number_input\",slot=\"double_value\"")
          .contains("key=\"pick\",kind=\"selectbox\",slot=\"int_value\"")
          .doesNotContain("fits=\"false\"");
    }
  }

  @Test
  @Order(2)
  void aValueInTheWrongSlotIsShownAsSuchAndCountedAsNotFitting() throws Exception {
    try (StreamClient tab = StreamClient.open(port)) {
      tab.rerun(null);
      WidgetIdIndex ids = WidgetIds.index(tab.untilRunEnds());
      // a float for the int number input: what a client that ignores the element's data type sends
      tab.rerun(null, WidgetState.newBuilder().setId(ids.require("count").id()).setDoubleValue(7).build());

      assertThat(markdown(tab.untilRunEnds()))
          .contains("count = (wrong type: double_value; an int number_input takes int_value)");
      assertThat(get("/metrics").body()).containsPattern(
          "gauntlet_runtime_widget_values_total\\{fits=\"false\",key=\"count\",kind=\"number_input\",slot=\"double_value\"} 1.0");
    }
  }

  private static String markdown(List<ForwardMsg> run) {
    return run.stream().filter(m -> m.getDelta().getNewElement().hasMarkdown()).findFirst().orElseThrow()
        .getDelta().getNewElement().getMarkdown().getBody();
  }
}
