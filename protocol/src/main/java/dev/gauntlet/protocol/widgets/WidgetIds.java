package dev.gauntlet.protocol.widgets;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import dev.gauntlet.protocol.proto.Element;
import dev.gauntlet.protocol.proto.ForwardMsg;
import dev.gauntlet.protocol.proto.NumberInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds widget ids by walking an element's raw fields: every length-delimited field is tried as a
 * UTF-8 string of the id shape and, failing that, as a nested message (up to a bounded depth).
 */
public final class WidgetIds {
  private static final int MAX_DEPTH = 6;

  private WidgetIds() {}

  /**
   * Widget ids in one element, known and unknown element types alike; a number input's or
   * selectbox's own id carries its value form (int or float, the options).
   */
  public static List<WidgetId> find(Element element) {
    List<WidgetId> out = new ArrayList<>();
    // Serializing re-emits unknown fields, so one raw walk covers every element type.
    walk(element.toByteString(), 0, 0, out);
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

  // Returns false when the bytes are not a well-formed message; hits are kept only if they are.
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
          } else if (depth < MAX_DEPTH && !value.isEmpty()) {
            walk(value, depth + 1, top, found);
          }
        } else if (!in.skipField(tag)) {
          return false;
        }
      }
    } catch (IOException | RuntimeException e) {
      return false; // not a message: a plain string or bytes field
    }
    out.addAll(found);
    return true;
  }
}
