package dev.gauntlet.protocol.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import dev.gauntlet.protocol.Damage;
import dev.gauntlet.protocol.Transcript;
import dev.gauntlet.protocol.proto.ForwardMsg;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The exception-free walk judges bytes well formed exactly as protobuf's CodedInputStream does: the
 * oracle below is the walk as it was written over CodedInputStream, run on recorded elements and on
 * damaged copies of them.
 */
class WidgetIdsWalkTest {

  @Test
  void findsWhatTheCodedInputStreamWalkFindsOnRecordedAndDamagedElements() {
    List<byte[]> elements = new ArrayList<>();
    for (String name : List.of(Transcript.WIDGETS, Transcript.ALL_WIDGETS, Transcript.CACHED)) {
      for (Transcript.Frame f : Transcript.load(name).frames()) {
        if (!f.fromClient()) {
          ForwardMsg msg = dev.gauntlet.protocol.codec.ForwardMsgCodec.decode(f.bytes());
          if (msg.hasDelta() && msg.getDelta().hasNewElement()) {
            elements.add(msg.getDelta().getNewElement().toByteArray());
          }
        }
      }
    }
    assertThat(elements).hasSizeGreaterThan(10);
    Random random = new Random(42);
    int withIds = 0;
    for (byte[] element : elements) {
      for (int i = 0; i < 400; i++) {
        byte[] bytes = i == 0 ? element : Damage.of(element, random);
        List<String> expected = oracle(bytes);
        assertThat(ids(WidgetIds.findInElement(bytes))).as("element variant %d", i).isEqualTo(expected);
        withIds += expected.isEmpty() ? 0 : 1;
      }
    }
    assertThat(withIds).isGreaterThan(500);
  }

  private static List<String> ids(List<WidgetId> found) {
    return found.stream().map(w -> w.id() + "@" + w.elementField()).toList();
  }

  private static List<String> oracle(byte[] bytes) {
    List<WidgetId> out = new ArrayList<>();
    walk(ByteString.copyFrom(bytes), 0, 0, out);
    return ids(out);
  }

  // The walk as it was before WireReader, kept as the reference for what "well formed" means.
  private static boolean walk(ByteString bytes, int depth, int elementField, List<WidgetId> out) {
    List<WidgetId> found = new ArrayList<>();
    try {
      CodedInputStream in = bytes.newCodedInput();
      while (!in.isAtEnd()) {
        int tag = in.readTag();
        int field = WireFormat.getTagFieldNumber(tag);
        if (field == 0) {
          return false;
        }
        int top = depth == 0 ? field : elementField;
        if (WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
          ByteString value = in.readBytes();
          String text = value.isValidUtf8() ? value.toStringUtf8() : null;
          if (text != null && WidgetId.looksLikeId(text)) {
            WidgetId.parse(text, top).ifPresent(found::add);
          } else if (depth < 6 && !value.isEmpty()) {
            walk(value, depth + 1, top, found);
          }
        } else if (!in.skipField(tag)) {
          return false;
        }
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
    out.addAll(found);
    return true;
  }
}
