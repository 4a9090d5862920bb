package dev.gauntlet.scenario;

import java.util.List;

/**
 * Gauntlet's reference platform, brought up by the run: as processes on this machine (the embedded
 * default, {@code local}), as containers ({@code docker}) or as pods ({@code kubernetes}).
 *
 * @param gateways how many gateway replicas to run
 * @param basePort the scheduler's port, gateways on the next ones; 0 picks free ports
 * @param apps one warm pool per app
 * @param kind {@link #LOCAL}, {@link #DOCKER} or {@link #KUBERNETES}
 * @param kubernetes the context and namespace of a {@code kubernetes} kind; null otherwise
 */
public record LocalTarget(int gateways, int basePort, SchedulerSettings scheduler, List<AppPool> apps,
    RuntimeSettings runtime, String kind, KubernetesSettings kubernetes) implements Target {

  public static final String LOCAL = "local";
  public static final String DOCKER = "docker";
  public static final String KUBERNETES = "kubernetes";
  /** The kinds that bring the reference platform up. */
  public static final List<String> KINDS = List.of(LOCAL, DOCKER, KUBERNETES);

  public LocalTarget {
    apps = List.copyOf(apps);
    kind = kind == null ? LOCAL : kind;
  }

  /** Processes on this machine. */
  public LocalTarget(int gateways, int basePort, SchedulerSettings scheduler, List<AppPool> apps,
      RuntimeSettings runtime) {
    this(gateways, basePort, scheduler, apps, runtime, LOCAL, null);
  }

  /** The same platform brought up as another kind ({@code --target docker}). */
  public LocalTarget as(String otherKind) {
    return new LocalTarget(gateways, basePort, scheduler, apps, runtime, otherKind, kubernetes);
  }

  public List<String> appNames() {
    return apps.stream().map(AppPool::app).toList();
  }
}
