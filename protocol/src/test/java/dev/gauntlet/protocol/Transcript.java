package dev.gauntlet.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.protocol.codec.ForwardMsgCodec;
import dev.gauntlet.protocol.proto.ForwardMsg;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/** A recorded Streamlit wire transcript from src/test/resources/fixtures/streamlit-1.39. */
public final class Transcript {
  public static final String WIDGETS = "widgets-session.jsonl";
  public static final String CACHED = "cached-message.jsonl";
  public static final String ALL_WIDGETS = "all-widgets-session.jsonl";

  /** One recorded frame. */
  public record Frame(int line, boolean fromClient, double ms, byte[] bytes, String note) {}

  private final List<Frame> frames;

  private Transcript(List<Frame> frames) {
    this.frames = List.copyOf(frames);
  }

  public static Transcript load(String name) {
    String resource = "/fixtures/streamlit-1.39/" + name;
    ObjectMapper json = new ObjectMapper();
    List<Frame> frames = new ArrayList<>();
    try (InputStream in = Transcript.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("test resource " + resource + " is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        frames.add(new Frame(number, "client".equals(node.get("dir").asText()), node.get("ms").asDouble(),
            HexFormat.of().parseHex(node.get("hex").asText()), node.get("note").asText()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + resource, e);
    }
    return new Transcript(frames);
  }

  public List<Frame> frames() {
    return frames;
  }

  public List<Frame> clientFrames() {
    return frames.stream().filter(Frame::fromClient).collect(Collectors.toList());
  }

  /** The server frames answering the n-th client frame (0-based), decoded. */
  public List<ForwardMsg> serverRun(int n) {
    List<ForwardMsg> out = new ArrayList<>();
    int clientSeen = -1;
    for (Frame f : frames) {
      if (f.fromClient()) {
        clientSeen++;
      } else if (clientSeen == n) {
        out.add(ForwardMsgCodec.decode(f.bytes()));
      }
    }
    return out;
  }

  /** The raw server frames answering the n-th client frame. */
  public List<Frame> serverFrames(int n) {
    List<Frame> out = new ArrayList<>();
    int clientSeen = -1;
    for (Frame f : frames) {
      if (f.fromClient()) {
        clientSeen++;
      } else if (clientSeen == n) {
        out.add(f);
      }
    }
    return out;
  }
}
