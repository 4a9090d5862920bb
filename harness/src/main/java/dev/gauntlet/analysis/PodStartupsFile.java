package dev.gauntlet.analysis;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * {@code pod-startups.json}: each runtime pod's start-up phase times as the deployment read them
 * (ISO-8601 instants, null for a phase not reached); written at a run's end by kinds that have them,
 * read by the summary for {@code coldStart.phases}.
 */
public final class PodStartupsFile {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** One line of the file: instants as text, so the file reads without a time module. */
  record Row(String pod, String app, String created, String scheduled, String initialized, String containersReady,
      String ready) {}

  private PodStartupsFile() {}

  /** Writes the file when there is something to write; a kind without phases leaves no file. */
  public static void write(Path file, List<PodStartup> startups) {
    if (startups.isEmpty()) {
      return;
    }
    List<Row> rows = startups.stream().map(s -> new Row(s.pod(), s.app(), text(s.created()), text(s.scheduled()),
        text(s.initialized()), text(s.containersReady()), text(s.ready()))).toList();
    try {
      JSON.writeValue(file.toFile(), rows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The file's pods; none when it does not exist. */
  public static List<PodStartup> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      List<Row> rows = JSON.readValue(file.toFile(), new TypeReference<List<Row>>() {});
      return rows.stream().map(r -> new PodStartup(r.pod(), r.app(), instant(r.created()), instant(r.scheduled()),
          instant(r.initialized()), instant(r.containersReady()), instant(r.ready()))).toList();
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(file + " is not a list of pod start-ups: " + e.getMessage(), e);
    }
  }

  private static String text(Instant i) {
    return i == null ? null : i.toString();
  }

  private static Instant instant(String s) {
    return s == null ? null : Instant.parse(s);
  }
}
