package dev.gauntlet.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnknownFieldSet;
import dev.gauntlet.protocol.Transcript;
import dev.gauntlet.protocol.proto.ForwardMsg;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ForwardMsgCodecTest {
  private static ForwardMsg withUnknown(ForwardMsg base, int field, ByteString value) {
    return base.toBuilder().setUnknownFields(UnknownFieldSet.newBuilder()
        .addField(field, UnknownFieldSet.Field.newBuilder().addLengthDelimited(value).build()).build()).build();
  }

  @Test
  void anUnknownMessageTypeDecodesAsUnknownNotAsAnError() {
    // field 7 is a type this subset does not define (a newer server's message)
    byte[] frame = withUnknown(ForwardMsg.newBuilder().setHash("h").build(), 7,
        ByteString.copyFromUtf8("\n\u0003abc")).toByteArray();
    ForwardMsg msg = ForwardMsgCodec.decode(frame);
    assertThat(MessageKind.of(msg)).isEqualTo(MessageKind.UNKNOWN);
    assertThat(ForwardMsgCodec.unknownTypeField(msg)).isEqualTo(7);
    assertThat(ForwardMsgCodec.describe(msg)).isEqualTo("unknown(field 7)");
    assertThat(msg.getHash()).isEqualTo("h");
  }

  @Test
  void unknownFieldsInsideAKnownTypeAreKept() {
    byte[] real = Transcript.load(Transcript.WIDGETS).serverFrames(0).get(0).bytes();
    ForwardMsg msg = ForwardMsgCodec.decode(real); // new_session carries fields we do not define
    assertThat(msg.getNewSession().getInitialize().getUnknownFields().asMap()).containsKey(1);
    assertThat(msg.getNewSession().getInitialize().getSessionId()).isEqualTo("cbea8e47-e892-4016-a275-31be35b05cfb");
    assertThat(ForwardMsgCodec.encode(msg)).hasSameSizeAs(real);
  }

  @Test
  void aTruncatedFrameNamesItsLength() {
    byte[] real = Transcript.load(Transcript.WIDGETS).serverFrames(0).get(0).bytes();
    byte[] cut = Arrays.copyOf(real, 100);
    assertThatThrownBy(() -> ForwardMsgCodec.decode(cut))
        .isInstanceOf(FrameDecodeException.class)
        .hasMessageContaining("ForwardMsg frame of 100 bytes")
        .hasMessageContaining("truncated")
        .satisfies(e -> assertThat(((FrameDecodeException) e).frameLength()).isEqualTo(100));
    assertThatThrownBy(() -> ForwardMsgCodec.decode(ByteBuffer.wrap(cut)))
        .hasMessageContaining("100 bytes");
  }

  @Test
  void describesMessagesForHumans() {
    assertThat(ForwardMsgCodec.describe(ForwardMsg.newBuilder().setRefHash("abc").build())).isEqualTo("ref_hash(abc)");
    assertThat(ForwardMsgCodec.describe(ForwardMsg.getDefaultInstance())).isEqualTo("unknown(field -1)");
  }
}
