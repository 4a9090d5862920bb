package dev.gauntlet.platform.runtime;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A raw-socket WebSocket peer that completes the handshake and then never answers a ping. */
final class SilentPeer implements AutoCloseable {

  private final Socket socket;
  private final DataInputStream in;
  final String handshake;

  SilentPeer(int port) throws IOException {
    socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout(15_000);
    socket.getOutputStream().write(("GET /_stcore/stream HTTP/1.1\r\nHost: 127.0.0.1:" + port
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
        + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: streamlit\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    in = new DataInputStream(socket.getInputStream());
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n") && head.length() < 4096) {
      head.append((char) in.readUnsignedByte());
    }
    handshake = head.toString();
  }

  /** Reads server frames until a close frame; returns the pings seen before it. */
  int pingsUntilClosed() throws IOException {
    int pings = 0;
    for (int frames = 0; frames < 1000; frames++) {
      int opcode = in.readUnsignedByte() & 0x0f;
      in.skipNBytes(in.readUnsignedByte() & 0x7f);
      if (opcode == 0x9) {
        pings++;
      } else if (opcode == 0x8) {
        return pings;
      }
    }
    throw new IOException("no close frame in 1000 frames");
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
