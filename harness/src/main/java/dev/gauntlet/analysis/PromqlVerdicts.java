package dev.gauntlet.analysis;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code promql.json}: the PromQL objectives' verdicts as a Prometheus answered them at the run's
 * end, kept so {@code summarize} re-judges the run with them when that Prometheus is gone.
 */
public final class PromqlVerdicts {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private PromqlVerdicts() {}

  public static void write(Path runDir, List<SloVerdict> verdicts) {
    Path file = runDir.resolve(RunFiles.PROMQL);
    try {
      JSON.writeValue(file.toFile(), verdicts);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The run's PromQL verdicts; empty when it judged none. */
  public static List<SloVerdict> read(Path runDir) {
    Path file = runDir.resolve(RunFiles.PROMQL);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      return JSON.readValue(file.toFile(), new TypeReference<List<SloVerdict>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " (the PromQL objectives' verdicts): " + e.getMessage(), e);
    }
  }
}
