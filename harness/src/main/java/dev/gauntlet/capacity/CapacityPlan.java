package dev.gauntlet.capacity;

import java.time.Duration;

/**
 * A scenario's {@code capacity:} section (docs/capacity.md): what load to vary, where the search
 * starts and the hard maximum it never exceeds, how it steps up, how long each step is held and judged.
 *
 * @param variable {@code users} (closed model) or {@code arrivalsPerSecond} (open model)
 * @param start the first level tried
 * @param maximum no step is ever run above this level
 * @param factor each step up multiplies the level by this (0 when {@code increment} is used)
 * @param increment each step up adds this (0 when {@code factor} is used)
 * @param warmUp the first part of a step, not judged (the level ramps up and settles)
 * @param window the judged part of a step, after the warm-up
 * @param resolution the bisection stops when the last good and the first bad level are this close
 * @param required the level CI requires ({@code capacity} exits 1 below it), or null
 * @param target a load to size the deployment for (pods and gateways it needs), or null
 * @param headroom the share kept free when sizing for {@code target}, e.g. 0.3 for 30%
 */
public record CapacityPlan(String variable, double start, double maximum, double factor, double increment,
    Duration warmUp, Duration window, double resolution, Double required, Double target, double headroom) {

  public static final String USERS = "users";
  public static final String ARRIVALS = "arrivalsPerSecond";

  /** Closed model: levels are whole numbers of users. */
  public boolean wholeLevels() {
    return USERS.equals(variable);
  }

  /** The level after {@code level} while stepping up: never above the maximum, always at least one resolution higher. */
  public double stepUp(double level) {
    double next = factor > 0 ? level * factor : level + increment;
    next = Math.max(next, level + resolution);
    if (wholeLevels()) {
      next = Math.ceil(next - 1e-9);
    }
    return Math.min(next, maximum);
  }

  /** How long one step lasts: its warm-up then its judged window. */
  public Duration stepLength() {
    return warmUp.plus(window);
  }
}
