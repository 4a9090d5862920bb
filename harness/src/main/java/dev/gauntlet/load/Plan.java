package dev.gauntlet.load;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gauntlet.scenario.LoadModel;
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
    LoadModel model,
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
    Auth auth,
    Shard shard) {

  /** A plan without {@code auth} (users do not log in) and without a shard (the whole load). */
  public Plan(String runId, String scenario, long seed, String runDir, LoadModel model, int users,
      double arrivalsPerSecond, long rampMillis, long holdMillis, long sessionLengthMillis, int interactionsPerSession,
      ThinkTime thinkTime, long interactionDeadlineMillis, long recoveryDeadlineMillis, List<String> entryPoints,
      List<App> apps) {
    this(runId, scenario, seed, runDir, model, users, arrivalsPerSecond, rampMillis, holdMillis, sessionLengthMillis,
        interactionsPerSession, thinkTime, interactionDeadlineMillis, recoveryDeadlineMillis, entryPoints, apps, null,
        null);
  }

  /**
   * How users log in (docs/identity.md). Secrets appear only as the names of environment variables
   * ({@code *Env}), resolved by the simulation: plan.json holds none.
   *
   * @param issuer the provider's issuer URL; null when users only send the configured headers and cookies
   * @param viewers identities {@code user} with {n} = 1..viewers, shared by the users in turn
   * @param embedHost the host application's client id; null when sessions do not go through embed URLs
   * @param headers header templates, e.g. {@code Authorization: Bearer ${TOKEN}}; cookies likewise
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Auth(String issuer, String clientId, String clientSecretEnv, String grant, String scope, int viewers,
      String user, String passwordEnv, long refreshBeforeMillis, String embedHost, String embedHostSecretEnv,
      String embedOrigin, double embedShare, java.util.Map<String, String> headers,
      java.util.Map<String, String> cookies) {

    public boolean logsIn() {
      return issuer != null;
    }

    public boolean embeds() {
      return embedHost != null;
    }

    /** Whether session {@code index} (0-based, in start order) opens through an embed URL: {@code embedShare} of them, spread. */
    public boolean embeds(int index) {
      return embeds() && Math.floor((index + 1) * embedShare) > Math.floor(index * embedShare);
    }

    /** The user name of viewer {@code index} (0-based). */
    public String viewer(int index) {
      return user.replace("{n}", Integer.toString(index + 1));
    }
  }

  /** The system property that names the plan file for the simulation. */
  public static final String PROPERTY = "gauntlet.plan";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public boolean openModel() {
    return model == LoadModel.OPEN;
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
