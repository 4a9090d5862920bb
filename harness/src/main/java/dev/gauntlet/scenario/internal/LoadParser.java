package dev.gauntlet.scenario.internal;

import dev.gauntlet.scenario.Deadlines;
import dev.gauntlet.scenario.Load.ThinkTime;
import dev.gauntlet.scenario.Load;
import dev.gauntlet.scenario.LoadModel;
import dev.gauntlet.scenario.Target;
import dev.gauntlet.yaml.DurationText;
import dev.gauntlet.yaml.Fields;
import dev.gauntlet.yaml.ScenarioException;
import dev.gauntlet.yaml.Suggest;
import dev.gauntlet.yaml.YamlNode;
import java.time.Duration;
import java.util.List;

/** Reads a scenario's {@code load} and {@code deadlines} sections (docs/run.md). */
public final class LoadParser {

  static final List<String> LOAD_FIELDS = List.of("model", "users", "arrivalsPerSecond", "ramp", "hold",
      "sessionLength", "interactionsPerSession", "thinkTime", "apps");
  static final List<String> MODELS = LoadModel.texts();
  static final List<String> THINK_FIELDS = List.of("min", "max", "mean", "distribution");
  static final List<String> DISTRIBUTIONS = List.of(ThinkTime.UNIFORM, ThinkTime.EXPONENTIAL);
  static final List<String> DEADLINE_FIELDS = List.of("interaction", "recovery");

  private LoadParser() {}

  /** The load section, or null when the file has none. */
  public static Load load(Fields top, Target target) {
    if (top.get("load").isEmpty()) {
      return null;
    }
    Fields load = Fields.of(top.file(), top.get("load").orElseThrow(), "load", LOAD_FIELDS);
    String model = load.string("model", LoadModel.CLOSED.text());
    if (!MODELS.contains(model)) {
      throw new ScenarioException(top.file(), load.line("model"), "load.model '" + model + "' is not a known model"
          + Suggest.hint(model, MODELS), "write model: closed (users: N concurrent) or model: open (arrivalsPerSecond: R)");
    }
    boolean open = LoadModel.of(model) == LoadModel.OPEN;
    refuse(load, open ? "users" : "arrivalsPerSecond", model, open ? "arrivalsPerSecond" : "users");
    require(load, open ? "arrivalsPerSecond" : "users", model);
    int users = open ? 0 : load.integer("users", 10, 1);
    double rate = open ? load.number("arrivalsPerSecond", 5, 0) : 0;
    Duration ramp = load.duration("ramp", Duration.ZERO);
    require(load, "hold", model);
    Duration hold = load.duration("hold", Duration.ZERO);
    if (hold.isZero() && ramp.isZero()) {
      throw new ScenarioException(top.file(), load.line("hold"), "load.hold and load.ramp are both 0: no session would start",
          "write e.g. hold: 30s");
    }
    return new Load(LoadModel.of(model), users, rate, ramp, hold,
        load.duration("sessionLength", Duration.ZERO),
        load.integer("interactionsPerSession", 3, 0),
        thinkTime(load),
        MixParser.parse(load, target));
  }

  public static Deadlines deadlines(Fields top) {
    Fields d = top.mapping("deadlines", DEADLINE_FIELDS);
    Deadlines defaults = Deadlines.defaults();
    return new Deadlines(positive(d, "interaction", defaults.interaction(), "every interaction would fail"),
        positive(d, "recovery", defaults.recovery(), "every disrupted session would be lost"));
  }

  private static Duration positive(Fields d, String key, Duration fallback, String why) {
    Duration value = d.duration(key, fallback);
    if (value.isZero()) {
      throw d.error(key, d.get(key).orElseThrow(), "is 0: " + why, "write e.g. " + key + ": " + DurationText.format(fallback));
    }
    return value;
  }

  private static ThinkTime thinkTime(Fields load) {
    if (load.get("thinkTime").isEmpty()) {
      return ThinkTime.uniform(Duration.ofSeconds(1), Duration.ofSeconds(3));
    }
    YamlNode node = load.get("thinkTime").orElseThrow();
    if (node.isScalar()) {
      Duration fixed = load.duration("thinkTime", Duration.ZERO);
      return ThinkTime.uniform(fixed, fixed);
    }
    Fields t = load.mapping("thinkTime", THINK_FIELDS);
    String distribution = t.string("distribution", t.get("mean").isPresent() ? ThinkTime.EXPONENTIAL : ThinkTime.UNIFORM);
    if (!DISTRIBUTIONS.contains(distribution)) {
      throw new ScenarioException(load.file(), t.line("distribution"), "load.thinkTime.distribution '" + distribution
          + "' is not known" + Suggest.hint(distribution, DISTRIBUTIONS),
          "write {min: 1s, max: 3s} (uniform) or {mean: 2s, distribution: exponential}");
    }
    if (ThinkTime.EXPONENTIAL.equals(distribution)) {
      if (t.get("mean").isEmpty() || t.get("min").isPresent() || t.get("max").isPresent()) {
        throw new ScenarioException(load.file(), t.line(), "load.thinkTime is exponential, which takes a mean and no min/max",
            "write thinkTime: {mean: 2s, distribution: exponential}");
      }
      return ThinkTime.exponential(t.duration("mean", Duration.ZERO));
    }
    if (t.get("mean").isPresent() || t.get("min").isEmpty() || t.get("max").isEmpty()) {
      throw new ScenarioException(load.file(), t.line(), "load.thinkTime is uniform, which takes min and max (no mean)",
          "write thinkTime: {min: 1s, max: 3s}");
    }
    Duration min = t.duration("min", Duration.ZERO);
    Duration max = t.duration("max", Duration.ZERO);
    if (max.compareTo(min) < 0) {
      throw new ScenarioException(load.file(), t.line("max"), "load.thinkTime.max " + DurationText.format(max)
          + " is below min " + DurationText.format(min), "swap them, e.g. {min: " + DurationText.format(max)
          + ", max: " + DurationText.format(min) + "}");
    }
    return ThinkTime.uniform(min, max);
  }

  private static void require(Fields load, String key, String model) {
    if (load.get(key).isEmpty()) {
      throw new ScenarioException(load.file(), load.line(), "load (model " + model + ") has no '" + key + "'",
          "add " + key + ": " + switch (key) {
            case "users" -> "20 (concurrent users at the hold)";
            case "arrivalsPerSecond" -> "5 (new sessions a second at the hold)";
            default -> "30s (how long the level is kept)";
          });
    }
  }

  private static void refuse(Fields load, String key, String model, String instead) {
    if (load.get(key).isPresent()) {
      throw new ScenarioException(load.file(), load.line(key), "load." + key + " does not apply to model " + model,
          "use " + instead + " with model " + model + ", or change the model");
    }
  }
}
