package dev.gauntlet.platform.runtime;

import dev.gauntlet.protocol.proto.Button;
import dev.gauntlet.protocol.proto.Checkbox;
import dev.gauntlet.protocol.proto.Element;
import dev.gauntlet.protocol.proto.Heading;
import dev.gauntlet.protocol.proto.Markdown;
import dev.gauntlet.protocol.proto.NumberInput;
import dev.gauntlet.protocol.proto.Selectbox;
import dev.gauntlet.protocol.proto.Slider;
import dev.gauntlet.protocol.proto.TextInput;
import dev.gauntlet.protocol.proto.WidgetState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** The elements a run renders: heading, one per widget, markdown with payload and values. */
final class RunElements {

  private static final String FILLER = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ";

  private RunElements() {}

  static Element heading(String appName) {
    return Element.newBuilder().setHeading(Heading.newBuilder().setTag("h1").setBody(appName)).build();
  }

  /** Each kind in its own element type, with the fields Streamlit 1.39 fills in for it. */
  static Element widget(AppSpec.Widget w, String id) {
    Element.Builder e = Element.newBuilder();
    return switch (w.kind()) {
      case SLIDER -> e.setSlider(Slider.newBuilder().setId(id).setLabel(w.label())
          .setFormat("%d").addDefault(0).setMin(0).setMax(100).setStep(1)).build();
      case BUTTON -> e.setButton(Button.newBuilder().setId(id).setLabel(w.label()).setType("secondary")).build();
      case CHECKBOX -> e.setCheckbox(Checkbox.newBuilder().setId(id).setLabel(w.label()).setDefault(false)).build();
      case NUMBER_INPUT -> e.setNumberInput(NumberInput.newBuilder().setId(id).setLabel(w.label())
          .setDataType(w.integer() ? NumberInput.DataType.INT : NumberInput.DataType.FLOAT)
          .setFormat(w.integer() ? "%d" : "%0.2f").setDefault(0).setStep(w.integer() ? 1 : 0.01)).build();
      case TEXT_INPUT -> e.setTextInput(TextInput.newBuilder().setId(id).setLabel(w.label()).setDefault("")).build();
      case SELECTBOX -> e.setSelectbox(Selectbox.newBuilder().setId(id).setLabel(w.label()).setDefault(0)
          .addAllOptions(w.options())).build();
    };
  }

  static Element markdown(String body) {
    return Element.newBuilder().setMarkdown(Markdown.newBuilder().setBody(body).setElementType(1)).build();
  }

  /**
   * The markdown bodies: the first starts with the widget values ({@code n = 42}, one per line),
   * and {@code payloadBytes} of filler text is spread evenly over all of them.
   */
  static List<String> markdownBodies(AppIdentity app, Map<String, WidgetState> values) {
    List<String> out = new ArrayList<>(app.fillers());
    out.set(0, valuesLine(app, values) + out.get(0));
    return out;
  }

  /** The filler text of each markdown element: the same every run, so built once per app. */
  static List<String> fillers(AppSpec spec) {
    int count = spec.markdownElements();
    long share = spec.payloadBytes() / count;
    long extra = spec.payloadBytes() % count;
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(filler((int) (share + (i == 0 ? extra : 0))));
    }
    return List.copyOf(out);
  }

  private static String valuesLine(AppIdentity app, Map<String, WidgetState> values) {
    if (app.spec().widgets().isEmpty()) {
      return "";
    }
    StringJoiner lines = new StringJoiner("\n\n", "", "\n\n");
    for (AppSpec.Widget w : app.spec().widgets()) {
      lines.add(w.key() + " = " + WidgetValues.display(w, values.get(app.widgetId(w.key()))));
    }
    return lines.toString();
  }

  private static String filler(int bytes) {
    StringBuilder out = new StringBuilder(bytes);
    while (out.length() < bytes) {
      out.append(FILLER, 0, Math.min(FILLER.length(), bytes - out.length()));
    }
    return out.toString();
  }
}
