package dev.gauntlet.slo.internal;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gauntlet.measure.SliKind;
import dev.gauntlet.slo.Objective;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/** {@code slos.json}: the objectives as resolved at a run's start, so a run is re-judged without its scenario. */
public final class SlosFile {

  public static final String SCHEMA = "gauntlet.slos/v1";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** One objective on disk: plain values (a window in ms, the file as text). */
  @JsonPropertyOrder({"name", "sli", "objective", "scope", "app", "windowMs", "minSamples", "abortOnFail", "kind",
      "stat", "op", "threshold", "file", "line"})
  record Entry(String name, String sli, String objective, String scope, String app, long windowMs, int minSamples,
      boolean abortOnFail, SliKind kind, String stat, String op, double threshold, String file, int line) {}

  record Contents(String schema, List<Entry> objectives) {}

  private SlosFile() {}

  public static void write(Path file, List<Objective> objectives) {
    List<Entry> entries = objectives.stream().map(o -> new Entry(o.name(), o.sli(), o.text(), o.scope(), o.app(),
        o.window().toMillis(), o.minSamples(), o.abortOnFail(), o.kind(), o.stat(), o.op(), o.threshold(),
        o.file() == null ? null : o.file().toString(), o.line())).toList();
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      JSON.writeValue(tmp.toFile(), new Contents(SCHEMA, entries));
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The file's objectives; empty when it does not exist. */
  public static List<Objective> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    Contents contents;
    try {
      contents = JSON.readValue(file.toFile(), Contents.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " (the run's objectives): " + e.getMessage()
          + "; restore it from the scenario with 'gauntlet run', or delete it to summarize without objectives", e);
    }
    if (contents.objectives() == null) {
      return List.of();
    }
    return contents.objectives().stream().map(e -> new Objective(e.name(), e.sli(), e.objective(), e.scope(), e.app(),
        Duration.ofMillis(e.windowMs()), e.minSamples(), e.abortOnFail(), e.file() == null ? null : Path.of(e.file()),
        e.line(), e.kind(), e.stat(), e.op(), e.threshold())).toList();
  }
}
