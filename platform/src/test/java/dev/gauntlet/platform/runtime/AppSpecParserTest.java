package dev.gauntlet.platform.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gauntlet.protocol.widgets.WidgetKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AppSpecParserTest {

  @Test
  void parsesTheDashboardSample() {
    AppSpec spec = AppSpecParser.read(Path.of("../apps/dash.yaml"));
    assertThat(spec.name()).isEqualTo("dash");
    assertThat(spec.startup().total()).isEqualTo(Duration.ofMillis(300));
    assertThat(spec.rerun().cpu()).isEqualTo(Duration.ofMillis(5));
    assertThat(spec.elements()).isEqualTo(6);
    assertThat(spec.payloadBytes()).isEqualTo(4000);
    assertThat(spec.memoryPerSessionBytes()).isEqualTo(1 << 20);
    assertThat(spec.widgets()).extracting(AppSpec.Widget::key, AppSpec.Widget::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("n", WidgetKind.SLIDER),
            org.assertj.core.groups.Tuple.tuple("go", WidgetKind.BUTTON));
  }

  @Test
  void parsesTheLightSampleWithNoStartupCost() {
    AppSpec spec = AppSpecParser.read(Path.of("../apps/light.yaml"));
    assertThat(spec.startup().total()).isZero();
    assertThat(spec.memoryPerSessionBytes()).isEqualTo(16 * 1024);
    assertThat(spec.markdownElements()).isEqualTo(1);
  }

  @Test
  void parsesEveryWidgetKindWithItsOptions() {
    AppSpec spec = AppSpecParser.read(Path.of("../apps/widgets.yaml"));
    assertThat(spec.widgets()).extracting(AppSpec.Widget::kind).containsExactly(WidgetKind.SLIDER,
        WidgetKind.BUTTON, WidgetKind.CHECKBOX, WidgetKind.NUMBER_INPUT, WidgetKind.NUMBER_INPUT,
        WidgetKind.TEXT_INPUT, WidgetKind.SELECTBOX);
    assertThat(spec.widgets()).extracting(AppSpec.Widget::kind).containsAll(List.of(WidgetKind.values()));
    assertThat(spec.widgets()).filteredOn(AppSpec.Widget::integer).extracting(AppSpec.Widget::key).containsExactly("count");
    assertThat(spec.widgets().get(6).options()).containsExactly("red", "green", "blue");
  }

  @Test
  void defaultsWhatIsLeftOut() {
    AppSpec spec = AppSpecParser.parse("min.yaml", "name: tiny\n");
    assertThat(spec.startup()).isEqualTo(AppSpec.Cost.NONE);
    assertThat(spec.elements()).isEqualTo(2);
    assertThat(spec.widgets()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown top field | name: dash\\nstartup:\\n  cpu: 1ms\\nelemnts: 4\\n | apps/dash.yaml line 4: unknown field 'elemnts' in app spec (known: name, startup, rerun, elements, payloadBytes, memoryPerSession, widgets)
      unknown nested field | name: dash\\nrerun:\\n  cpu: 1ms\\n  wiat: 2ms\\n | apps/dash.yaml line 4: unknown field 'wiat' in rerun (known: cpu, wait)
      bad duration | name: dash\\nstartup:\\n  cpu: 2x\\n | apps/dash.yaml line 3: startup.cpu '2x' is not a duration (write e.g. 250ms, 2s)
      missing name | startup:\\n  cpu: 2ms\\n | apps/dash.yaml line 1: missing field 'name' in app spec (write e.g. name: dash)
      bad name | name: My App\\n | apps/dash.yaml line 1: name 'My App' must match [a-z0-9-]+ (write e.g. name: my-app)
      close kind | name: dash\\nwidgets:\\n  - key: n\\n    kind: slidr\\n | apps/dash.yaml line 4: widgets[0].kind 'slidr' is not a widget kind (did you mean slider?; known: slider, button, checkbox, number_input, text_input, selectbox)
      far kind | name: dash\\nwidgets:\\n  - key: n\\n    kind: map\\n | apps/dash.yaml line 4: widgets[0].kind 'map' is not a widget kind (known: slider, button, checkbox, number_input, text_input, selectbox)
      bad size | name: dash\\nmemoryPerSession: 1MB\\n | apps/dash.yaml line 2: memoryPerSession '1MB' is not a size (write e.g. 100B, 512KiB, 1MiB)
      bad number | name: dash\\nelements: many\\n | apps/dash.yaml line 2: elements has the wrong shape: Cannot deserialize value of type `java.lang.Integer` from String "many": not a valid `java.lang.Integer` value
      duplicate key | name: dash\\nwidgets:\\n  - {key: n, kind: slider}\\n  - {key: n, kind: button}\\n | apps/dash.yaml line 4: widgets[1].key 'n' is used twice (keys must be unique)
      too few elements | name: dash\\nelements: 2\\nwidgets:\\n  - {key: n, kind: slider}\\n | apps/dash.yaml line 2: elements 2 leaves no room for the heading, 1 widget(s) and one markdown (write elements: 3 or more)
      old kind name | name: dash\\nwidgets:\\n  - {key: t, kind: text}\\n | apps/dash.yaml line 3: widgets[0].kind 'text' is not a widget kind (known: slider, button, checkbox, number_input, text_input, selectbox)
      number type | name: dash\\nwidgets:\\n  - key: c\\n    kind: number_input\\n    type: long\\n | apps/dash.yaml line 5: widgets[0].type 'long' is not a number type (write type: int or type: float)
      type on a slider | name: dash\\nwidgets:\\n  - {key: n, kind: slider, type: int}\\n | apps/dash.yaml line 3: widgets[0].type is for a number_input, not a slider (drop it)
      no options | name: dash\\nwidgets:\\n  - {key: p, kind: selectbox}\\n | apps/dash.yaml line 3: widgets[0] is a selectbox without options (write e.g. options: [red, green, blue])
      repeated option | name: dash\\nwidgets:\\n  - key: p\\n    kind: selectbox\\n    options: [a, a]\\n | apps/dash.yaml line 5: widgets[0].options [a, a] has an empty or repeated option (each option is chosen by its name or index)
      options on a checkbox | name: dash\\nwidgets:\\n  - key: f\\n    kind: checkbox\\n    options: [a]\\n | apps/dash.yaml line 5: widgets[0].options is for a selectbox, not a checkbox (drop it)
      empty file | '' | apps/dash.yaml line 1: the file is empty (write at least name: my-app)
      """)
  void reportsMistakesWithFileAndLine(String what, String yaml, String expected) {
    assertThatThrownBy(() -> AppSpecParser.parse("apps/dash.yaml", yaml.replace("\\n", "\n")))
        .isInstanceOf(AppSpecException.class)
        .hasMessage(expected);
  }
}
