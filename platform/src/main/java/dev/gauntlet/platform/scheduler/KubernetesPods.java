package dev.gauntlet.platform.scheduler;

import java.util.Map;
import java.util.Optional;

/**
 * The {@code kubernetes:} block of a scheduler config with {@code driver: kubernetes}: runtime pods
 * are created through the Kubernetes API (Fabric8's usual config: in-cluster service account,
 * else kubeconfig or {@code KUBERNETES_MASTER}).
 *
 * @param namespace where the pods go
 * @param image the platform image (entrypoint {@code java -jar gauntlet-platform.jar})
 * @param owner the Deployment that owns every pod (the scheduler's): deleting it deletes them
 * @param configMap mounted at {@code configDir} in every pod: the app specs
 * @param configDir where the config map is mounted; a pool's spec is read there by file name
 * @param runId labels every pod {@code gauntlet.dev/run}; empty when none
 * @param resources per app, the pod's {@code cpu} and {@code memory} (requests = limits)
 */
public record KubernetesPods(String namespace, String image, String owner, String configMap, String configDir,
    Optional<String> runId, Map<String, Map<String, String>> resources) {

  public KubernetesPods {
    resources = Map.copyOf(resources);
  }
}
