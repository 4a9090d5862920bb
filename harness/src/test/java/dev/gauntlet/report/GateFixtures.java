package dev.gauntlet.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.TestResources;
import dev.gauntlet.analysis.Summary;
import dev.gauntlet.measure.RunStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The hand-built summaries and golden files under src/test/resources/gate/. A golden file that
 * does not match gets the actual text beside it under target/gate-actual/ (to diff, or to copy over
 * after checking it).
 */
public final class GateFixtures {

  private GateFixtures() {}

  public static Summary summary(String name) {
    try {
      return new ObjectMapper().readValue(resource(name).toFile(), Summary.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The summary with another status and reason (an aborted or failed run). */
  public static Summary ended(Summary s, RunStatus status, String reason) {
    return new Summary(s.schema(), s.runId(), s.scenario(), s.startedAt(), s.endedAt(), status, reason, s.provenance(),
        s.sessions(), s.interactions(), s.sli(), s.slos(), s.faults(), s.coldStart(), s.experiments());
  }

  public static String golden(String name, String actual) {
    try {
      Path dir = Path.of("target", "gate-actual");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name), actual);
      return Files.readString(resource(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String lines(List<String> lines) {
    return String.join("\n", lines) + "\n";
  }

  public static Path resource(String name) {
    return TestResources.path("gate/" + name);
  }
}
