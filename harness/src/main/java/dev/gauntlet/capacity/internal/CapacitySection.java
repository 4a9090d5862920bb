package dev.gauntlet.capacity.internal;

import dev.gauntlet.capacity.CapacityPlan;
import dev.gauntlet.scenario.Load;
import dev.gauntlet.scenario.Scenario;
import dev.gauntlet.yaml.Fields;
import dev.gauntlet.yaml.ScenarioException;
import dev.gauntlet.yaml.Suggest;
import dev.gauntlet.yaml.YamlReader;
import java.time.Duration;
import java.util.List;

/** Reads a scenario's {@code capacity:} section (docs/capacity.md); every error names file, line, field and fix. */
public final class CapacitySection {

  public static final String SECTION = "capacity";
  static final List<String> FIELDS = List.of("vary", "start", "max", "factor", "increment", "warmUp", "window",
      "resolution", "required", "target", "headroom");
  static final List<String> VARIABLES = List.of(CapacityPlan.USERS, CapacityPlan.ARRIVALS);

  private CapacitySection() {}

  /** The plan, or null when the scenario has no capacity section. */
  public static CapacityPlan read(Scenario scenario) {
    if (!scenario.sectionNames().contains(SECTION)) {
      return null;
    }
    Fields top = Fields.of(scenario.file(), YamlReader.read(scenario.file()), "", null);
    if (top.get(SECTION).isEmpty()) {
      return null;
    }
    Fields c = top.mapping(SECTION, FIELDS);
    Load load = scenario.loadSection().orElseThrow(() -> new ScenarioException(scenario.file(), top.line(SECTION),
        "capacity needs a load section: it varies the load's level and keeps the rest",
        "add load: {model: closed, users: 1, ramp: 5s, hold: 20s, apps: [{app: dash}]}"));
    String variable = c.string("vary", load.open() ? CapacityPlan.ARRIVALS : CapacityPlan.USERS);
    if (!VARIABLES.contains(variable)) {
      throw c.error("vary", c.get("vary").orElseThrow(), "'" + variable + "' is not a load level" + Suggest.hint(variable, VARIABLES),
          "write vary: users (closed model) or vary: arrivalsPerSecond (open model)");
    }
    if (CapacityPlan.USERS.equals(variable) == load.open()) {
      throw c.error("vary", c.get("vary").orElseThrow(), "is " + variable + " but the load's model is " + load.model(),
          "write vary: " + (load.open() ? CapacityPlan.ARRIVALS : CapacityPlan.USERS) + ", or change load.model");
    }
    boolean whole = CapacityPlan.USERS.equals(variable);
    double start = level(c, "start", whole, 1);
    if (c.get("max").isEmpty()) {
      throw new ScenarioException(c.file(), top.line(SECTION), "capacity has no 'max': the search needs a level it never exceeds",
          "add max: " + (whole ? "50 (users)" : "20 (sessions a second)"));
    }
    double maximum = level(c, "max", whole, start * 8);
    if (maximum < start) {
      throw c.error("max", c.get("max").orElseThrow(), "is " + plain(maximum) + ", below start " + plain(start),
          "write max: " + plain(start * 8) + " or lower start");
    }
    if (c.get("factor").isPresent() && c.get("increment").isPresent()) {
      throw new ScenarioException(c.file(), c.line("increment"), "capacity has both factor and increment",
          "keep one: factor: 2 (each step doubles the level) or increment: 5 (each step adds 5)");
    }
    double increment = c.get("increment").isPresent() ? c.number("increment", 5, 0) : 0;
    double factor = increment > 0 ? 0 : c.number("factor", 2, 0);
    if (increment == 0 && factor <= 1) {
      throw c.error("factor", c.get("factor").orElseThrow(), "is " + plain(factor) + ": the level would never rise",
          "write factor: 2 (or 1.5), above 1");
    }
    Duration window = c.duration("window", Duration.ofSeconds(20));
    if (window.isZero()) {
      throw c.error("window", c.get("window").orElseThrow(), "is 0: nothing would be judged", "write e.g. window: 20s");
    }
    double resolution = c.number("resolution", whole ? 1 : Math.max(0.1, start / 4), 0);
    Double required = c.get("required").isPresent() ? level(c, "required", whole, start) : null;
    Double target = c.get("target").isPresent() ? c.number("target", maximum, 0) : null;
    return new CapacityPlan(variable, start, maximum, factor, increment, c.duration("warmUp", Duration.ofSeconds(10)),
        window, resolution, required, target, headroom(c));
  }

  private static double level(Fields c, String key, boolean whole, double fallback) {
    return whole ? c.integer(key, (int) Math.max(1, fallback), 1) : c.number(key, fallback, 0);
  }

  /** {@code headroom: 30%} or {@code headroom: 0.3}: the share of each unit kept free. */
  private static double headroom(Fields c) {
    String text = c.string("headroom", "0.3").trim();
    boolean percent = text.endsWith("%");
    double value;
    try {
      value = Double.parseDouble(percent ? text.substring(0, text.length() - 1) : text) / (percent ? 100 : 1);
    } catch (NumberFormatException e) {
      value = -1;
    }
    if (!(value >= 0 && value < 1)) {
      throw c.error("headroom", c.get("headroom").orElseThrow(), "is '" + text + "', not a share below 100%",
          "write headroom: 30% (or 0.3): each pod and gateway is sized to 70% of what it held");
    }
    return value;
  }

  private static String plain(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
