package dev.gauntlet.capacity;

import java.util.OptionalDouble;

/**
 * The capacity search as a state machine fed one verdict per step: it steps the level up until a
 * level breaks an objective, then bisects between the last level that held and the first that broke
 * until they are one resolution apart. No level it proposes is above the plan's maximum. Mutable:
 * one search, fed in order ({@link #next()}, run the level, {@link #record}).
 */
public final class Search {

  private final CapacityPlan plan;
  private double lastGood = Double.NaN;
  private double firstBad = Double.NaN;
  private double pending;
  private boolean done;

  public Search(CapacityPlan plan) {
    this.plan = plan;
    this.pending = Math.min(plan.start(), plan.maximum());
  }

  /** The level to run next; empty once the search is over. */
  public OptionalDouble next() {
    return done ? OptionalDouble.empty() : OptionalDouble.of(pending);
  }

  /** Whether the next level bisects (true) or steps up (false). */
  public boolean bisecting() {
    return !Double.isNaN(firstBad);
  }

  /** The verdict of the level {@link #next()} proposed: {@code held} when every objective was met. */
  public void record(double level, boolean held) {
    if (done || level != pending) {
      throw new IllegalStateException("the search proposed " + pending + ", not " + level + (done ? " (it is over)" : ""));
    }
    if (held) {
      lastGood = level;
    } else {
      firstBad = level;
    }
    if (!bisecting()) {
      done = level >= plan.maximum();
      pending = plan.stepUp(level);
      return;
    }
    double low = Double.isNaN(lastGood) ? 0 : lastGood;
    if (Double.isNaN(lastGood) && firstBad <= plan.start()) {
      done = true; // the start level broke: there is nothing below it to bisect to
      return;
    }
    double middle = (low + firstBad) / 2;
    if (plan.wholeLevels()) {
      middle = Math.floor(middle);
    }
    done = firstBad - low <= plan.resolution() || middle <= low || middle >= firstBad;
    pending = middle;
  }

  public boolean over() {
    return done;
  }

  /** The highest level that held, empty when none did. */
  public OptionalDouble maxLoad() {
    return Double.isNaN(lastGood) ? OptionalDouble.empty() : OptionalDouble.of(lastGood);
  }

  /** The lowest level that broke, empty when none did (the maximum held). */
  public OptionalDouble firstBreaking() {
    return Double.isNaN(firstBad) ? OptionalDouble.empty() : OptionalDouble.of(firstBad);
  }
}
