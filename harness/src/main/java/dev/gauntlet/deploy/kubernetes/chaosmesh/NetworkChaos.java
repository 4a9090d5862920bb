package dev.gauntlet.deploy.kubernetes.chaosmesh;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;

/** Chaos Mesh's {@code NetworkChaos}: delay or loss on the selected pods' traffic, for a duration. */
@Group(PodChaos.GROUP)
@Version(PodChaos.VERSION)
@Kind("NetworkChaos")
@Plural("networkchaos")
public class NetworkChaos extends CustomResource<NetworkChaos.Spec, Void> implements Namespaced {

  public static final String CRD = "networkchaos." + PodChaos.GROUP;

  /**
   * @param action {@code delay} or {@code loss} (Chaos Mesh knows more; Gauntlet sets these two)
   * @param direction {@code to}, {@code from} or {@code both}
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Spec(String action, String mode, Selector selector, String direction, Delay delay, Loss loss,
      String duration) {}

  /** {@code latency: 100ms}, {@code jitter: 10ms}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Delay(String latency, String jitter, String correlation) {}

  /** {@code loss: "25"}: percent of packets dropped. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Loss(String loss, String correlation) {}

  public NetworkChaos() {}

  public NetworkChaos(Spec spec) {
    setSpec(spec);
  }
}
