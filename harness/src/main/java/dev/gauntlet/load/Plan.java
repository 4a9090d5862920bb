package dev.gauntlet.load;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What one run's virtual users do, resolved from the scenario and the target: the only input the
 * simulation reads ({@code plan.json}, docs/run.md). Times are milliseconds, as in the file.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Plan(
    String runId,
    String scenario,
    long seed,
    String runDir,
    String model,
    int users,
    double arrivalsPerSecond,
    long rampMillis,
    long holdMillis,
    long sessionLengthMillis,
    int interactionsPerSession,
    ThinkTime thinkTime,
    long interactionDeadlineMillis,
    long recoveryDeadlineMillis,
    List<String> entryPoints,
    List<App> apps,
    Shard shard) {

  /** The system property that names the plan file for the simulation. */
  public static final String PROPERTY = "gauntlet.plan";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** A plan of the whole load (no shard). */
  public Plan(String runId, String scenario, long seed, String runDir, String model, int users, double arrivalsPerSecond,
      long rampMillis, long holdMillis, long sessionLengthMillis, int interactionsPerSession, ThinkTime thinkTime,
      long interactionDeadlineMillis, long recoveryDeadlineMillis, List<String> entryPoints, List<App> apps) {
    this(runId, scenario, seed, runDir, model, users, arrivalsPerSecond, rampMillis, holdMillis, sessionLengthMillis,
        interactionsPerSession, thinkTime, interactionDeadlineMillis, recoveryDeadlineMillis, entryPoints, apps, null);
  }

  public boolean openModel() {
    return "open".equals(model);
  }

  /**
   * The virtual user number, unique across the whole load, of this JVM's {@code localUser}-th user
   * (Gatling's user id, from 1): shard i of n numbers its users i, i + n, i + 2n, ... so the shards'
   * users together are numbered as one process would number them.
   */
  public long vu(long localUser) {
    return shard == null ? localUser : (localUser - 1) * shard.count() + shard.index();
  }

  /** This plan's part of a load split over {@code count} workers (docs/workers.md); {@code index} from 1. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Shard(int index, int count) {}

  /** Think time between interactions: uniform in [min, max], or exponential around a mean. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ThinkTime(String distribution, long minMillis, long maxMillis, long meanMillis) {}

  /** An app of the mix: its URL path under an entry point, its weight, the widgets it drives. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record App(String name, String path, double weight, List<Widget> widgets) {}

  /** A widget driven by key; each interaction takes the next value, in turn. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Widget(String key, String kind, List<Object> values) {}

  public static Plan read(Path file) {
    try {
      return JSON.readValue(file.toFile(), Plan.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the run plan " + file, e);
    }
  }

  public void write(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      JSON.writeValue(file.toFile(), this);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the run plan " + file, e);
    }
  }
}
