package dev.gauntlet.deploy.kubernetes.chaosmesh;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;

/** Chaos Mesh "installed" on a mock API server: its two CRDs, as far as {@link ChaosMesh#installed} looks. */
public final class ChaosMeshCrds {

  private ChaosMeshCrds() {}

  public static void install(KubernetesClient client) {
    for (String[] kind : List.of(new String[] {"podchaos", "PodChaos"}, new String[] {"networkchaos", "NetworkChaos"})) {
      CustomResourceDefinition crd = new CustomResourceDefinitionBuilder().withNewMetadata()
          .withName(kind[0] + ".chaos-mesh.org").endMetadata()
          .withNewSpec().withGroup("chaos-mesh.org").withScope("Namespaced")
          .withNewNames().withKind(kind[1]).withPlural(kind[0]).withSingular(kind[0]).endNames()
          .addNewVersion().withName("v1alpha1").withServed(true).withStorage(true).endVersion()
          .endSpec().build();
      client.apiextensions().v1().customResourceDefinitions().resource(crd).create();
    }
  }
}
