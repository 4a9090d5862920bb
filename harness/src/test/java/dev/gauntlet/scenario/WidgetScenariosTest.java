package dev.gauntlet.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gauntlet.scenario.Load.Widget;
import dev.gauntlet.yaml.ScenarioException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Driven widgets: every kind's values, and for a local target the exact error when the app spec disagrees. */
class WidgetScenariosTest {

  static final String TARGET = "target:\n  apps: [{app: dash}, {app: widgets}]\n";
  static final String LOAD = "load:\n  users: 2\n  hold: 5s\n  apps:\n";

  @TempDir
  Path root;

  ScenarioFiles files;

  @BeforeEach
  void setUp() {
    files = new ScenarioFiles(root);
    files.write("apps/widgets.yaml", ScenarioFiles.WIDGETS);
  }

  @Test
  void everyKindIsReadWithItsValuesTyped() {
    Scenario s = Scenarios.load(files.scenario(TARGET + LOAD + """
            - app: widgets
              widgets:
                - {key: n, kind: slider, values: [10, 42.5]}
                - {key: go, kind: button}
                - {key: flag, kind: checkbox, values: [true, false]}
                - {key: num, kind: number_input, values: [1, 2.5]}
                - {key: count, kind: number_input, values: [3, -7]}
                - {key: name, kind: text_input, values: [ada, 42]}
                - {key: pick, kind: selectbox, values: [0, blue]}
        """));

    assertThat(s.load().apps().get(0).widgets()).containsExactly(
        new Widget("n", "slider", List.of(10L, 42.5)), new Widget("go", "button", List.of()),
        new Widget("flag", "checkbox", List.of(true, false)), new Widget("num", "number_input", List.of(1L, 2.5)),
        new Widget("count", "number_input", List.of(3L, -7L)), new Widget("name", "text_input", List.of("ada", "42")),
        new Widget("pick", "selectbox", List.of(0L, "blue")));
  }

  @Test
  void goldenMessagesWhenTheSpecDisagrees() {
    assertMessage("    - app: dash\n      widgets:\n        - {key: n, kind: number_input, values: [1, 2.5]}\n",
        " line 9: load.apps[0].widgets[0]: key 'n' is a number_input here but a slider in " + spec("dash")
            + "; drive it as kind: slider, or declare it as number_input in the spec");
    assertMessage("    - app: widgets\n      widgets:\n        - {key: count, kind: slider, values: [1]}\n",
        " line 9: load.apps[0].widgets[0]: key 'count' is a slider here but an int number_input in " + spec("widgets")
            + "; drive it as kind: number_input, or declare it as slider in the spec");
    assertMessage("    - app: dash\n      widgets:\n        - {key: m, kind: slider, values: [1]}\n",
        " line 9: load.apps[0].widgets[0]: key 'm' is not a widget of " + spec("dash") + " (did you mean n?); "
            + "drive one of its widgets (n: slider, go: button), or declare m in the spec");
    assertMessage("    - app: widgets\n      widgets:\n        - key: count\n          kind: number_input\n"
            + "          values: [1, 2.5]\n",
        " line 11: load.apps[0].widgets[0].values item 2.5 is not a whole number, but 'count' is an int number_input in "
            + spec("widgets") + "; write whole numbers, or declare it type: float in the spec");
    assertMessage("    - app: widgets\n      widgets:\n        - {key: pick, kind: selectbox, values: [bleu]}\n",
        " line 9: load.apps[0].widgets[0].values item bleu is not an option of 'pick' in " + spec("widgets")
            + " (did you mean blue?); write one of its options (red, green, blue) or an index 0..2");
    assertMessage("    - app: widgets\n      widgets:\n        - {key: pick, kind: selectbox, values: [3]}\n",
        " line 9: load.apps[0].widgets[0].values item 3 is not an option of 'pick' in " + spec("widgets")
            + "; write one of its options (red, green, blue) or an index 0..2");
  }

  @Test
  void goldenMessagesForValuesThatFitNoKind() {
    assertMessage("    - app: widgets\n      widgets:\n        - {key: pick, kind: selectbox, values: [1.5]}\n",
        " line 9: load.apps[0].widgets[0].values item '1.5' is neither an option's index (0, 1, ...) nor its name; "
            + "write e.g. values: [0, 2] or values: [red, blue]");
    assertMessage("    - app: widgets\n      widgets:\n        - {key: flag, kind: checkbox, values: [yes]}\n",
        " line 9: load.apps[0].widgets[0].values item 'yes' is not true or false (a checkbox); write values: [true, false]");
    assertMessage("    - app: widgets\n      widgets:\n        - {key: name, kind: text_input}\n",
        " line 9: load.apps[0].widgets[0] (text_input) has no values; add values: [...] (each interaction takes the next "
            + "one, in turn)");
  }

  @Test
  void anExternalTargetIsNotCheckedAgainstASpecItDoesNotHave() {
    Load l = Scenarios.load(files.scenario("target: {kind: external, url: 'http://127.0.0.1:8501'}\n" + LOAD
        + "    - app: ''\n      widgets:\n        - {key: n, kind: number_input, values: [1, 2.5]}\n"
        + "        - {key: pick, kind: selectbox, values: [red]}\n")).load();
    assertThat(l.apps().get(0).widgets()).extracting(Widget::kind).containsExactly("number_input", "selectbox");
  }

  @Test
  void aSpecWidgetOfNoKnownKindIsNamedInTheSpec() {
    Path spec = files.write("apps/widgets.yaml", "name: widgets\nwidgets:\n  - {key: n, kind: slidr}\n");
    Path file = files.scenario(TARGET + LOAD + "    - app: widgets\n      widgets: [{key: n, kind: slider, values: [1]}]\n");
    assertThatThrownBy(() -> Scenarios.load(file)).hasMessage(ScenarioException.display(spec)
        + " line 3: widgets[0].kind 'slidr' is not a widget kind (did you mean slider?); "
        + "write kind: one of slider, button, checkbox, number_input, text_input, selectbox");
  }

  private String spec(String app) {
    return ScenarioException.display(root.resolve("apps/" + app + ".yaml"));
  }

  private void assertMessage(String apps, String expectedAfterFile) {
    Path file = files.scenario(TARGET + LOAD + apps);
    assertThatThrownBy(() -> Scenarios.load(file))
        .isInstanceOf(ScenarioException.class)
        .hasMessage(ScenarioException.display(file) + expectedAfterFile);
  }
}
