package dev.gauntlet.deploy.kubernetes.chaosmesh;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;

/** Chaos Mesh's {@code PodChaos}: a pod made to fail, killed, or a container killed, for a duration. */
@Group(PodChaos.GROUP)
@Version(PodChaos.VERSION)
@Kind("PodChaos")
@Plural("podchaos")
public class PodChaos extends CustomResource<PodChaos.Spec, Void> implements Namespaced {

  public static final String GROUP = "chaos-mesh.org";
  public static final String VERSION = "v1alpha1";
  public static final String CRD = "podchaos." + GROUP;
  /** The pod's containers swapped for a pause image until the chaos ends: it stops serving, then restarts. */
  public static final String POD_FAILURE = "pod-failure";

  /**
   * @param action {@code pod-failure}, {@code pod-kill} or {@code container-kill}
   * @param mode {@code one}, {@code all}, ...: which of the selected pods are hit
   * @param duration how long the fault lasts ({@code 30s}); Chaos Mesh undoes it after
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Spec(String action, String mode, Selector selector, String duration) {}

  public PodChaos() {}

  public PodChaos(Spec spec) {
    setSpec(spec);
  }
}
