package dev.gauntlet.scenario;

import java.util.List;

/**
 * Gauntlet's reference platform, brought up by the run: as processes on this machine (the embedded
 * default, {@code local}), as containers ({@code docker}) or as pods ({@code kubernetes}).
 *
 * @param gateways how many gateway replicas to run
 * @param basePort the scheduler's port, gateways on the next ones; 0 picks free ports
 * @param apps one warm pool per app
 * @param kind local, docker or kubernetes (never external: that is an {@link ExternalTarget})
 * @param kubernetes the context and namespace of a {@code kubernetes} kind; null otherwise
 */
public record LocalTarget(int gateways, int basePort, SchedulerSettings scheduler, List<AppPool> apps,
    RuntimeSettings runtime, TargetKind kind, KubernetesSettings kubernetes) implements Target {

  public LocalTarget {
    apps = List.copyOf(apps);
    kind = kind == null ? TargetKind.LOCAL : kind;
    if (!kind.bringsUpPlatform()) {
      throw new IllegalArgumentException("a platform to bring up cannot be of kind " + kind);
    }
  }

  /** Processes on this machine. */
  public LocalTarget(int gateways, int basePort, SchedulerSettings scheduler, List<AppPool> apps,
      RuntimeSettings runtime) {
    this(gateways, basePort, scheduler, apps, runtime, TargetKind.LOCAL, null);
  }

  /** The same platform brought up as another kind ({@code --target docker}). */
  public LocalTarget as(TargetKind otherKind) {
    return new LocalTarget(gateways, basePort, scheduler, apps, runtime, otherKind, kubernetes);
  }

  public List<String> appNames() {
    return apps.stream().map(AppPool::app).toList();
  }
}
