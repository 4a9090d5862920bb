/**
 * Frame codecs: one binary WebSocket frame holds one protobuf message ({@code ForwardMsg} from
 * the server, {@code BackMsg} from the client).
 *
 * <p>Decoding never fails on what it does not know: unknown fields and unknown oneof types are
 * kept as unknown fields and the message classifies as {@link dev.gauntlet.protocol.codec.MessageKind#UNKNOWN}.
 * Only a frame that is not protobuf at all (truncated, corrupt) raises
 * {@link dev.gauntlet.protocol.codec.FrameDecodeException}, which names the frame's length.
 * Encoding offers the compact protobuf-java form and the browser's form
 * ({@link dev.gauntlet.protocol.codec.BackMsgEncoding}).
 */
package dev.gauntlet.protocol.codec;
