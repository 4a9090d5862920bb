package dev.gauntlet.scenario;

import java.time.Duration;
import java.util.List;

/**
 * What the virtual users do (the scenario's {@code load} section, docs/run.md).
 *
 * @param model {@code closed} (a number of concurrent users) or {@code open} (an arrival rate)
 * @param users concurrent users at the hold (closed model; 0 for open)
 * @param arrivalsPerSecond new sessions a second at the hold (open model; 0 for closed)
 * @param ramp from 0 to the hold level, linearly
 * @param hold how long the level is kept
 * @param sessionLength a session ends after this even mid-interactions; {@link Duration#ZERO}: no cap
 * @param interactionsPerSession widget reruns after the first render
 * @param apps the app mix
 */
public record Load(
    LoadModel model,
    int users,
    double arrivalsPerSecond,
    Duration ramp,
    Duration hold,
    Duration sessionLength,
    int interactionsPerSession,
    ThinkTime thinkTime,
    List<AppMix> apps) {

  public Load {
    apps = List.copyOf(apps);
  }

  public boolean open() {
    return model == LoadModel.OPEN;
  }

  /** Think time between interactions: uniform in [min, max] or exponential around a mean. */
  public record ThinkTime(String distribution, Duration min, Duration max, Duration mean) {

    public static final String UNIFORM = "uniform";
    public static final String EXPONENTIAL = "exponential";

    public static ThinkTime uniform(Duration min, Duration max) {
      return new ThinkTime(UNIFORM, min, max, Duration.ZERO);
    }

    public static ThinkTime exponential(Duration mean) {
      return new ThinkTime(EXPONENTIAL, Duration.ZERO, Duration.ZERO, mean);
    }
  }

  /**
   * One app of the mix.
   *
   * @param app the app's name (local target), or its URL path prefix under an external url ("" for the root)
   * @param weight relative share of sessions
   * @param widgets what each interaction drives, in turn
   */
  public record AppMix(String app, double weight, List<Widget> widgets) {

    public AppMix {
      widgets = List.copyOf(widgets);
    }
  }

  /** A widget driven by its user key; each interaction takes the next value, in turn. */
  public record Widget(String key, String kind, List<Object> values) {

    public Widget {
      values = List.copyOf(values);
    }
  }
}
