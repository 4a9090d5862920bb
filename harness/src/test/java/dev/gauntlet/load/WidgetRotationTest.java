package dev.gauntlet.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WidgetRotationTest {

  static final List<Plan.Widget> WIDGETS = List.of(
      new Plan.Widget("n", "slider", List.of(10, 42, 77)), new Plan.Widget("go", "button", List.of()));

  @Test
  void eachInteractionDrivesTheNextWidgetWithItsNextValue() {
    assertThat(WidgetRotation.step(WIDGETS, 0)).isEqualTo(new WidgetRotation.Step(WIDGETS.get(0), 10));
    assertThat(WidgetRotation.step(WIDGETS, 1)).isEqualTo(new WidgetRotation.Step(WIDGETS.get(1), true));
    assertThat(WidgetRotation.step(WIDGETS, 2)).isEqualTo(new WidgetRotation.Step(WIDGETS.get(0), 42));
    assertThat(WidgetRotation.step(WIDGETS, 4)).isEqualTo(new WidgetRotation.Step(WIDGETS.get(0), 77));
    assertThat(WidgetRotation.step(WIDGETS, 6)).isEqualTo(new WidgetRotation.Step(WIDGETS.get(0), 10));
  }

  @Test
  void anAppWithoutWidgetsHasNoStep() {
    assertThat(WidgetRotation.step(List.of(), 3)).isNull();
  }
}
