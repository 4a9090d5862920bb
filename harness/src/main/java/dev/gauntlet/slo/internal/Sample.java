package dev.gauntlet.slo.internal;

/**
 * One event an SLI stands on.
 *
 * @param startMillis when it began (epoch ms): {@code t - duration} for events with a duration, else {@code t}
 * @param endMillis when it was logged (epoch ms)
 * @param app the app it belongs to, "" when unknown
 * @param value a latency in ms; 0 for ratio and count events
 * @param bad a failed interaction or session (ratios), a counted event (counts)
 * @param population counts toward the objective's samples (a count SLI's counted events may not, e.g. session_lost)
 */
public record Sample(long startMillis, long endMillis, String app, double value, boolean bad, boolean population) {

  static Sample latency(long t, double millis, String app) {
    return new Sample(t - Math.round(millis), t, app, millis, false, true);
  }

  static Sample event(long t, String app, boolean bad) {
    return new Sample(t, t, app, 0, bad, true);
  }
}
