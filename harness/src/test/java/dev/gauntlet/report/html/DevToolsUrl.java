package dev.gauntlet.report.html;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Where a Chromium started with {@code --remote-debugging-port=0} listens: its profile's file, or its log line. */
final class DevToolsUrl {

  private static final String LISTENING = "DevTools listening on ";

  private DevToolsUrl() {}

  static Optional<URI> find(Path profile, Path log) {
    try {
      Path port = profile.resolve("DevToolsActivePort");
      if (Files.isRegularFile(port)) {
        List<String> lines = Files.readAllLines(port, StandardCharsets.UTF_8);
        if (lines.size() >= 2 && !lines.get(1).isBlank()) {
          return Optional.of(URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip()));
        }
      }
      if (Files.isRegularFile(log)) {
        for (String line : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
          int at = line.indexOf(LISTENING);
          if (at >= 0) {
            return Optional.of(URI.create(line.substring(at + LISTENING.length()).strip()));
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty(); // written as we read: try again on the next poll
    }
    return Optional.empty();
  }

  /** The log's last lines, for an error message. */
  static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }
}
