package dev.gauntlet.scenario;

import java.net.URI;

/**
 * An existing deployment reached by URL: nothing to start, nothing to stop. With a
 * {@code kubernetes} block, its pods are observed and broken through the Kubernetes API.
 *
 * @param kubernetes where its pods live; null when Gauntlet sees only its URL
 */
public record ExternalTarget(URI url, KubernetesSettings kubernetes) implements Target {

  public ExternalTarget(URI url) {
    this(url, null);
  }

  @Override
  public TargetKind kind() {
    return TargetKind.EXTERNAL;
  }
}
