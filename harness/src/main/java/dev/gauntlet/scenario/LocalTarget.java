package dev.gauntlet.scenario;

import java.util.List;

/**
 * The embedded default: the platform as processes on this machine.
 *
 * @param gateways how many gateway replicas to run
 * @param basePort the scheduler's port, gateways on the next ones; 0 picks free ports
 * @param apps one warm pool per app
 */
public record LocalTarget(int gateways, int basePort, SchedulerSettings scheduler, List<AppPool> apps, RuntimeSettings runtime)
    implements Target {

  public LocalTarget {
    apps = List.copyOf(apps);
  }

  @Override
  public String kind() {
    return "local";
  }

  public List<String> appNames() {
    return apps.stream().map(AppPool::app).toList();
  }
}
