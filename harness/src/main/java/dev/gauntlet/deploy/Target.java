package dev.gauntlet.deploy;

import java.util.List;

/**
 * Something a fault can hit, as its deployment lists it: a runtime pod or a component (gateway,
 * scheduler, identity provider). Chaos picks among these by component, app and state and hands the
 * chosen ones back to the {@link Deployment}; it never sees what identifies them on their kind.
 *
 * @param component {@code runtime}, {@code gateway} or {@code scheduler}
 * @param id the pod id, or the component's name ({@code gateway-1})
 * @param app the pod's app; null for components
 * @param endpoint where it serves ({@code http://127.0.0.1:PORT}); null when unknown
 * @param state a pod's {@code starting | ready | unhealthy | terminating}; {@code running} for components
 * @param sessions attached sessions (pods); 0 for components
 * @param sessionIds the runtime sessions attached to a pod when it was listed; empty for components
 * @param handle what identifies it on its kind: a pid, a container, a Kubernetes pod
 */
public record Target(String component, String id, String app, String endpoint, String state, int sessions,
    List<String> sessionIds, Handle handle) {

  public static final String RUNTIME = "runtime";
  public static final String GATEWAY = "gateway";
  public static final String SCHEDULER = "scheduler";
  /** The local deployment's identity provider (a scenario with {@code auth:}). */
  public static final String IDP = "idp";

  public Target {
    sessionIds = sessionIds == null ? List.of() : List.copyOf(sessionIds);
  }

  /** {@code gateway-2} -> gateway; {@code scheduler} -> scheduler; anything else (the harness) -> null. */
  public static String kindOf(String componentName) {
    if (componentName.startsWith(GATEWAY)) {
      return GATEWAY;
    }
    return componentName.equals(SCHEDULER) ? SCHEDULER : componentName.equals(IDP) ? IDP : null;
  }

  public boolean busy() {
    return sessions > 0;
  }

  /** {@code runtime light-3 (pid 4242, app light)}: what the chaos log lines name. */
  @Override
  public String toString() {
    return component + " " + id + " (" + handle + (app == null ? "" : ", app " + app) + ")";
  }

  /**
   * What identifies a target on its deployment's kind; the fields a kind does not have are null.
   *
   * @param pid a local process
   * @param containerId a Docker container
   * @param podName a Kubernetes pod's name (with {@code namespace} and {@code uid})
   */
  public record Handle(Long pid, String containerId, String namespace, String podName, String uid) {

    public static Handle process(long pid) {
      return new Handle(pid, null, null, null, null);
    }

    public static Handle container(String containerId) {
      return new Handle(null, containerId, null, null, null);
    }

    public static Handle pod(String namespace, String podName, String uid) {
      return new Handle(null, null, namespace, podName, uid);
    }

    @Override
    public String toString() {
      return pid != null ? "pid " + pid : containerId != null ? "container " + containerId.substring(0,
          Math.min(12, containerId.length())) : "pod " + namespace + "/" + podName;
    }
  }
}
