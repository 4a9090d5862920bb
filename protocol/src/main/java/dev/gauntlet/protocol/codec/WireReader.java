package dev.gauntlet.protocol.codec;

/**
 * Walks the fields of a protobuf message in place (a slice of a byte array), without decoding it
 * and without exceptions: a malformed message ends the walk with {@link #malformed()} set, where
 * protobuf-java's CodedInputStream would throw (the hot path reads server frames by the thousand).
 * MUTABLE: one walk, one thread.
 */
public final class WireReader {

  public static final int VARINT = 0;
  public static final int FIXED64 = 1;
  public static final int LENGTH_DELIMITED = 2;
  public static final int START_GROUP = 3;
  public static final int END_GROUP = 4;
  public static final int FIXED32 = 5;
  private static final int GROUP_DEPTH_LIMIT = 100; // CodedInputStream's default recursion limit

  private final byte[] bytes;
  private final int limit;
  private int pos;
  private int tag;
  private long varint;
  private int valueStart;
  private int valueEnd;
  private boolean malformed;

  public WireReader(byte[] bytes, int offset, int length) {
    this.bytes = bytes;
    this.pos = offset;
    this.limit = offset + length;
  }

  public WireReader(byte[] bytes) {
    this(bytes, 0, bytes.length);
  }

  /**
   * Reads the next field: true with {@link #field()}, {@link #wireType()} and its value (a varint,
   * or a length-delimited slice) read and the position past it; false at the end or when malformed.
   * An end-group tag is handed back as a field for the caller to judge; a group is skipped whole.
   */
  public boolean next() {
    if (malformed || pos >= limit) {
      return false;
    }
    tag = (int) readVarint(); // a tag is the low 32 bits of its varint, as protobuf reads it
    if (malformed || tag >>> 3 == 0) {
      return fail();
    }
    return skipValue(tag, 0);
  }

  // Reads the value of a field with this tag (its varint or its slice), or skips a group; false if malformed.
  private boolean skipValue(int t, int groupDepth) {
    switch (t & 7) {
      case VARINT -> varint = readVarint();
      case FIXED64 -> advance(8);
      case FIXED32 -> advance(4);
      case LENGTH_DELIMITED -> {
        long length = readVarint();
        int size = (int) length; // protobuf reads a 32-bit length: a negative one is corrupt
        if (!malformed && (size < 0 || size > limit - pos)) {
          return fail();
        }
        valueStart = pos;
        valueEnd = pos + size;
        pos = valueEnd;
      }
      case START_GROUP -> skipGroup(t >>> 3, groupDepth + 1);
      case END_GROUP -> { } // the caller's: an end-group outside a group is corrupt, inside one it closes it
      default -> fail(); // wire types 6 and 7 do not exist
    }
    return !malformed;
  }

  private void skipGroup(int field, int depth) {
    if (depth >= GROUP_DEPTH_LIMIT) {
      fail();
      return;
    }
    while (!malformed) {
      if (pos >= limit) {
        fail(); // the group never ended
        return;
      }
      int inner = (int) readVarint();
      if (malformed || inner >>> 3 == 0) {
        fail();
        return;
      }
      if ((inner & 7) == END_GROUP) {
        if (inner >>> 3 != field) {
          fail();
        }
        return;
      }
      skipValue(inner, depth);
    }
  }

  private long readVarint() {
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos >= limit) {
        fail();
        return 0;
      }
      byte b = bytes[pos++];
      value |= (long) (b & 0x7F) << shift;
      if (b >= 0) {
        return value;
      }
    }
    fail(); // more than ten bytes
    return 0;
  }

  private void advance(int n) {
    if (limit - pos < n) {
      fail();
    } else {
      pos += n;
    }
  }

  private boolean fail() {
    malformed = true;
    return false;
  }

  public int field() {
    return tag >>> 3;
  }

  public int wireType() {
    return tag & 7;
  }

  /** The value of a varint field, as protobuf reads an int32 or enum (the low 32 bits). */
  public int int32() {
    return (int) varint;
  }

  public boolean bool() {
    return varint != 0;
  }

  public int valueStart() {
    return valueStart;
  }

  public int valueLength() {
    return valueEnd - valueStart;
  }

  public byte[] bytes() {
    return bytes;
  }

  /** A reader of the current length-delimited value, as a message. */
  public WireReader nested() {
    return new WireReader(bytes, valueStart, valueEnd - valueStart);
  }

  /** True when the walk stopped on corrupt bytes rather than at the end. */
  public boolean malformed() {
    return malformed;
  }

  public boolean atEnd() {
    return pos >= limit;
  }
}
