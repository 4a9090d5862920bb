package dev.gauntlet.scenario;

import java.util.Map;

/**
 * Where on Kubernetes a deployment lives: for {@code kind: kubernetes}, where Gauntlet puts the
 * reference platform; for {@code kind: external}, the user's own deployment that chaos and pod
 * start-up phases reach through the API.
 *
 * @param context the kubeconfig context; null for the current one
 * @param namespace the namespace; chaos acts only in one labelled {@code gauntlet.dev/chaos=allowed}
 * @param selectors label selectors by component ({@code runtime}, {@code gateway}, {@code controlPlane});
 *     empty for Gauntlet's own platform, whose labels it knows
 */
public record KubernetesSettings(String context, String namespace, Map<String, String> selectors) {

  public KubernetesSettings {
    selectors = selectors == null ? Map.of() : Map.copyOf(selectors);
  }
}
