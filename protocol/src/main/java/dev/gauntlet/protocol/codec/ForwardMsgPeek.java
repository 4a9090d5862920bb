package dev.gauntlet.protocol.codec;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnsafeByteOperations;
import java.util.Arrays;
import java.util.Optional;

/**
 * The few facts a load client needs from a server frame, read in place in one pass instead of
 * decoding the whole ForwardMsg (a virtual user reads thousands of frames a second): its kind,
 * hash, cacheable flag, ref_hash, script_finished status, new_session's session id and page hash,
 * and a delta's new element (for WidgetIds.findInElement). For a frame {@link ForwardMsgCodec#decode}
 * accepts, each fact equals what the decoded message says. A frame whose top level, metadata,
 * new_session or delta is malformed is corrupt (empty); other nested messages are not looked into.
 * Immutable.
 */
public final class ForwardMsgPeek {

  private static final int HASH = 1, METADATA = 2, SCRIPT_FINISHED = 6, REF_HASH = 11, NEW_SESSION = 4, DELTA = 5;
  private static final int DEBUG_LAST_BACKMSG_ID = 17;

  private MessageKind kind = MessageKind.UNKNOWN;
  private String hash = "";
  private boolean cacheable;
  private String refHash = "";
  private int scriptFinishedValue;
  private String sessionId = "";
  private String pageScriptHash = "";
  private byte[] frame;
  private int elementOffset = -1;
  private int elementLength;

  private ForwardMsgPeek() {}

  /** The facts of one frame; empty when it is corrupt. */
  public static Optional<ForwardMsgPeek> read(byte[] frame) {
    ForwardMsgPeek p = new ForwardMsgPeek();
    p.frame = frame;
    return p.readTop(new WireReader(frame)) ? Optional.of(p.settled()) : Optional.empty();
  }

  private boolean readTop(WireReader in) {
    while (in.next()) {
      int field = in.field();
      int wire = in.wireType();
      boolean ok = true;
      if (wire == WireReader.END_GROUP) {
        return false;
      } else if (field == SCRIPT_FINISHED && wire == WireReader.VARINT) {
        kind = MessageKind.SCRIPT_FINISHED;
        scriptFinishedValue = in.int32();
      } else if (wire != WireReader.LENGTH_DELIMITED) {
        continue; // an unknown field, or a known one with another wire type (protobuf keeps it as unknown)
      } else if (field == HASH) {
        hash = text(in);
        ok = hash != null;
      } else if (field == METADATA) {
        ok = readMetadata(in.nested());
      } else if (field == REF_HASH) {
        kind = MessageKind.REF_HASH;
        refHash = text(in);
        ok = refHash != null;
      } else if (field == NEW_SESSION) {
        ok = readNewSession(in.nested());
      } else if (field == DELTA) {
        ok = readDelta(in.nested());
      } else if (field == DEBUG_LAST_BACKMSG_ID) {
        ok = text(in) != null;
      } else {
        kind = messageKind(field, kind);
      }
      if (!ok) {
        return false;
      }
    }
    return !in.malformed();
  }

  private boolean readMetadata(WireReader in) {
    while (in.next()) {
      if (in.wireType() == WireReader.END_GROUP) {
        return false;
      }
      if (in.field() == 1 && in.wireType() == WireReader.VARINT) {
        cacheable = in.bool();
      }
    }
    return !in.malformed();
  }

  private boolean readNewSession(WireReader in) {
    if (kind != MessageKind.NEW_SESSION) { // a oneof field read after another starts afresh
      sessionId = "";
      pageScriptHash = "";
      kind = MessageKind.NEW_SESSION;
    }
    while (in.next()) {
      if (in.wireType() == WireReader.END_GROUP) {
        return false;
      }
      if (in.wireType() == WireReader.LENGTH_DELIMITED && in.field() == 1 && !readInitialize(in.nested())) {
        return false;
      }
      if (in.wireType() == WireReader.LENGTH_DELIMITED && in.field() == 9 && (pageScriptHash = text(in)) == null) {
        return false;
      }
    }
    return !in.malformed();
  }

  private boolean readInitialize(WireReader in) {
    while (in.next()) {
      if (in.wireType() == WireReader.END_GROUP) {
        return false;
      }
      if (in.wireType() == WireReader.LENGTH_DELIMITED && in.field() == 6 && (sessionId = text(in)) == null) {
        return false;
      }
    }
    return !in.malformed();
  }

  private boolean readDelta(WireReader in) {
    if (kind != MessageKind.DELTA) {
      elementOffset = -1;
      kind = MessageKind.DELTA;
    }
    while (in.next()) {
      if (in.wireType() == WireReader.END_GROUP) {
        return false;
      }
      if (in.wireType() == WireReader.LENGTH_DELIMITED) {
        switch (in.field()) {
          case 3 -> {
            elementOffset = in.valueStart();
            elementLength = in.valueLength();
          }
          case 6, 7 -> elementOffset = -1; // add_block, arrow_add_rows: the delta's other kinds
          default -> { }
        }
      }
    }
    return !in.malformed();
  }

  /** The kind a message-typed oneof field sets (the others are read above); {@code kind} for any other field. */
  private static MessageKind messageKind(int field, MessageKind kind) {
    return switch (field) {
      case 9 -> MessageKind.SESSION_STATUS_CHANGED;
      case 10 -> MessageKind.SESSION_EVENT;
      case 12 -> MessageKind.PAGE_INFO_CHANGED;
      case 13 -> MessageKind.PAGE_CONFIG_CHANGED;
      case 16 -> MessageKind.PAGES_CHANGED;
      case 21 -> MessageKind.AUTO_RERUN;
      case 23 -> MessageKind.NAVIGATION;
      default -> kind;
    };
  }

  // What a field of a oneof case not read last says is its default, as protobuf's getters have it.
  private ForwardMsgPeek settled() {
    if (kind != MessageKind.SCRIPT_FINISHED) {
      scriptFinishedValue = 0;
    }
    if (kind != MessageKind.REF_HASH) {
      refHash = "";
    }
    if (kind != MessageKind.NEW_SESSION) {
      sessionId = "";
      pageScriptHash = "";
    }
    if (kind != MessageKind.DELTA) {
      elementOffset = -1;
    }
    return this;
  }

  private static String text(WireReader in) {
    ByteString value = UnsafeByteOperations.unsafeWrap(in.bytes(), in.valueStart(), in.valueLength());
    return value.isValidUtf8() ? value.toStringUtf8() : null; // proto3 strings must be UTF-8
  }

  public MessageKind kind() {
    return kind;
  }

  public String hash() {
    return hash;
  }

  /** {@code metadata.cacheable}. */
  public boolean cacheable() {
    return cacheable;
  }

  /** The hash a ref_hash frame names; "" for any other frame. */
  public String refHash() {
    return refHash;
  }

  /** {@code getScriptFinishedValue()}: the status number, 0 when the frame is not a script_finished. */
  public int scriptFinishedValue() {
    return scriptFinishedValue;
  }

  /** {@code new_session.initialize.session_id}; "" for any other frame. */
  public String sessionId() {
    return sessionId;
  }

  /** {@code new_session.page_script_hash}; "" for any other frame. */
  public String pageScriptHash() {
    return pageScriptHash;
  }

  public boolean hasNewElement() {
    return elementOffset >= 0;
  }

  /** A delta's {@code new_element}, as its wire bytes (a copy); null for any other frame. */
  public byte[] newElement() {
    return elementOffset < 0 ? null : Arrays.copyOfRange(frame, elementOffset, elementOffset + elementLength);
  }
}
