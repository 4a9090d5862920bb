package dev.gauntlet.protocol.widgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnknownFieldSet;
import dev.gauntlet.protocol.Transcript;
import dev.gauntlet.protocol.proto.Checkbox;
import dev.gauntlet.protocol.proto.Element;
import dev.gauntlet.protocol.proto.Markdown;
import dev.gauntlet.protocol.proto.NumberInput;
import dev.gauntlet.protocol.proto.TextInput;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WidgetIdsTest {
  private static final String HEX = "021b4cbd444383e686ff4bb5cff0168a";

  private static UnknownFieldSet.Field bytes(ByteString value) {
    return UnknownFieldSet.Field.newBuilder().addLengthDelimited(value).build();
  }

  @Test
  void findsTheSliderAndButtonOfTheRecordedRunByKey() {
    WidgetIdIndex ids = WidgetIds.index(Transcript.load(Transcript.WIDGETS).serverRun(0));
    assertThat(ids.keys()).containsExactly("n", "go");
    assertThat(ids.require("n").id()).isEqualTo("$$ID-021b4cbd444383e686ff4bb5cff0168a-n");
    assertThat(ids.require("n").elementField()).isEqualTo(21);
    assertThat(ids.require("go").id()).isEqualTo("$$ID-0de184e57923dac497d4e380111684dd-go");
    assertThat(ids.require("go").elementField()).isEqualTo(19);
    assertThat(ids.byKey("missing")).isEmpty();
  }

  @Test
  void findsAnIdInsideAnElementTypeThisSubsetDoesNotDefine() {
    // field 70 stands for a widget type we have no class for; the id sits two levels down
    ByteString inner = UnknownFieldSet.newBuilder()
        .addField(3, bytes(ByteString.copyFromUtf8("a label")))
        .addField(9, bytes(UnknownFieldSet.newBuilder()
            .addField(1, bytes(ByteString.copyFromUtf8("$$ID-" + HEX + "-threshold"))).build().toByteString()))
        .build().toByteString();
    Element element = Element.newBuilder()
        .setUnknownFields(UnknownFieldSet.newBuilder().addField(70, bytes(inner)).build()).build();
    assertThat(WidgetIds.find(element)).singleElement().satisfies(w -> {
      assertThat(w.userKey()).contains("threshold");
      assertThat(w.hashHex()).isEqualTo(HEX);
      assertThat(w.elementField()).isEqualTo(70);
    });
  }

  @Test
  void findsIdsInTheOtherWidgetElementsByTheirStreamlitFieldNumbers() {
    Element checkbox = Element.newBuilder().setCheckbox(Checkbox.newBuilder().setId("$$ID-" + HEX + "-c")).build();
    Element text = Element.newBuilder().setTextInput(TextInput.newBuilder().setId("$$ID-" + HEX + "-t")).build();
    Element number = Element.newBuilder().setNumberInput(NumberInput.newBuilder().setId("$$ID-" + HEX + "-x")).build();
    assertThat(WidgetIds.find(checkbox)).extracting(WidgetId::elementField).containsExactly(20);
    assertThat(WidgetIds.find(text)).extracting(WidgetId::elementField).containsExactly(24);
    assertThat(WidgetIds.find(number)).extracting(WidgetId::elementField).containsExactly(32);
  }

  @Test
  void aWidgetWithoutKeyHasNoUserKey() {
    assertThat(WidgetId.parse("$$ID-" + HEX + "-None", 21)).get()
        .satisfies(w -> assertThat(w.userKey()).isEqualTo(Optional.empty()));
  }

  @Test
  void stringsOfAnotherShapeAreNotIds() {
    assertThat(WidgetId.parse("$$ID-xyz-n", 21)).isEmpty();
    assertThat(WidgetId.parse("$$ID-" + HEX.substring(1) + "-n", 21)).isEmpty();
    Element markdown = Element.newBuilder().setMarkdown(Markdown.newBuilder().setBody("$$ID- not an id")).build();
    assertThat(WidgetIds.find(markdown)).isEmpty();
  }

  @Test
  void requireNamesTheKeysSeen() {
    WidgetIdIndex ids = WidgetIds.index(Transcript.load(Transcript.WIDGETS).serverRun(0));
    assertThatThrownBy(() -> ids.require("threshold"))
        .hasMessageContaining("'threshold'").hasMessageContaining("[n, go]");
  }
}
