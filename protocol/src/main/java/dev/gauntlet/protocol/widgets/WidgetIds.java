package dev.gauntlet.protocol.widgets;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnsafeByteOperations;
import dev.gauntlet.protocol.codec.WireReader;
import dev.gauntlet.protocol.proto.Element;
import dev.gauntlet.protocol.proto.ForwardMsg;
import dev.gauntlet.protocol.proto.NumberInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds widget ids by walking an element's raw fields: every length-delimited field is tried as a
 * UTF-8 string of the id shape and, failing that, as a nested message (up to a bounded depth).
 */
public final class WidgetIds {
  private static final int MAX_DEPTH = 6;
  private static final int NUMBER_INPUT = 32;
  private static final int SELECTBOX = 25;
  private static final byte[] ID_PREFIX = "$$ID-".getBytes(StandardCharsets.US_ASCII);

  private WidgetIds() {}

  /**
   * Widget ids in one element, known and unknown element types alike; a number input's or
   * selectbox's own id carries its value form (int or float, the options).
   */
  public static List<WidgetId> find(Element element) {
    List<WidgetId> out = new ArrayList<>();
    // Serializing re-emits unknown fields, so one raw walk covers every element type.
    byte[] bytes = element.toByteArray();
    walk(bytes, 0, bytes.length, 0, 0, out);
    out.replaceAll(w -> withForm(w, element));
    return out;
  }

  private static WidgetId withForm(WidgetId w, Element element) {
    if (element.hasNumberInput() && element.getNumberInput().getId().equals(w.id())) {
      return w.withForm(element.getNumberInput().getDataType() == NumberInput.DataType.INT, List.of());
    }
    if (element.hasSelectbox() && element.getSelectbox().getId().equals(w.id())) {
      return w.withForm(false, element.getSelectbox().getOptionsList());
    }
    return w;
  }

  /** Widget ids in a ForwardMsg's {@code delta.new_element}; empty for any other message. */
  public static List<WidgetId> find(ForwardMsg msg) {
    if (msg.hasDelta() && msg.getDelta().hasNewElement()) {
      return find(msg.getDelta().getNewElement());
    }
    return List.of();
  }

  /** All widget ids in a sequence of messages (a run), as an index by user key. */
  public static WidgetIdIndex index(Iterable<ForwardMsg> messages) {
    List<WidgetId> out = new ArrayList<>();
    for (ForwardMsg msg : messages) {
      out.addAll(find(msg));
    }
    return new WidgetIdIndex(out);
  }

  /**
   * Widget ids in an element given as its wire bytes (a delta's {@code new_element} read in place):
   * the ids {@link #find(Element)} finds in that element, without decoding it unless a number
   * input's or selectbox's id needs its element's value form.
   */
  public static List<WidgetId> findInElement(byte[] bytes) {
    List<WidgetId> out = new ArrayList<>(1);
    walk(bytes, 0, bytes.length, 0, 0, out);
    if (out.stream().anyMatch(w -> w.elementField() == NUMBER_INPUT || w.elementField() == SELECTBOX)) {
      try {
        Element element = Element.parseFrom(bytes);
        out.replaceAll(w -> withForm(w, element));
      } catch (IOException e) {
        return out; // not reached: the walk above found the bytes well formed
      }
    }
    return out;
  }

  // Returns false when the bytes are not a well-formed message; hits are kept only if they are.
  // Walked in place with WireReader: trying a plain string as a message must not cost an exception.
  private static boolean walk(byte[] bytes, int offset, int length, int depth, int elementField, List<WidgetId> out) {
    int mark = out.size();
    WireReader in = new WireReader(bytes, offset, length);
    boolean wellFormed = true;
    while (wellFormed && in.next()) {
      if (in.wireType() == WireReader.END_GROUP) {
        wellFormed = false; // an end-group outside a group: not a message
        continue;
      }
      int top = depth == 0 ? in.field() : elementField;
      if (in.wireType() == WireReader.LENGTH_DELIMITED) {
        String text = idText(bytes, in.valueStart(), in.valueLength());
        if (text != null && WidgetId.looksLikeId(text)) {
          WidgetId.parse(text, top).ifPresent(out::add);
        } else if (depth < MAX_DEPTH && in.valueLength() > 0) {
          walk(bytes, in.valueStart(), in.valueLength(), depth + 1, top, out);
        }
      }
    }
    if (!wellFormed || in.malformed()) {
      out.subList(mark, out.size()).clear();
      return false;
    }
    return true;
  }

  /** The value as a string if it could be a widget id (the "$$ID-" prefix, valid UTF-8); else null. */
  private static String idText(byte[] bytes, int offset, int length) {
    if (length < ID_PREFIX.length) {
      return null;
    }
    for (int i = 0; i < ID_PREFIX.length; i++) {
      if (bytes[offset + i] != ID_PREFIX[i]) {
        return null;
      }
    }
    ByteString value = UnsafeByteOperations.unsafeWrap(bytes, offset, length);
    return value.isValidUtf8() ? value.toStringUtf8() : null;
  }
}
