package dev.gauntlet.platform.scheduler;

/** Entry point of the scheduler service (placeholder until its helper lands it). */
public final class SchedulerMain {
  private SchedulerMain() {}

  public static void main(String[] args) {
    throw new UnsupportedOperationException("scheduler not built yet");
  }
}
