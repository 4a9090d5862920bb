package dev.gauntlet.platform.scheduler.kubernetes;

import dev.gauntlet.platform.scheduler.KubernetesPods;
import dev.gauntlet.platform.scheduler.PodDriver;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pod one runtime is: labels the harness finds it by, its owner, its container and resources. */
final class PodTemplate {

  static final String NAME = "app.kubernetes.io/name";
  static final String COMPONENT = "app.kubernetes.io/component";
  static final String PART_OF = "app.kubernetes.io/part-of";
  static final String APP = "gauntlet.dev/app";
  static final String RUN = "gauntlet.dev/run";
  /** Set by a node that cannot give each pod its own IP (the test node agent): the port it serves on. */
  static final String PORT_ANNOTATION = "gauntlet.dev/port";
  static final int PORT = 8080;

  private PodTemplate() {}

  static Map<String, String> labels(KubernetesPods config, String app) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(NAME, "gauntlet-runtime");
    labels.put(COMPONENT, "runtime");
    labels.put(PART_OF, "gauntlet");
    labels.put(APP, app);
    config.runId().ifPresent(r -> labels.put(RUN, r));
    return labels;
  }

  static Pod of(KubernetesPods config, List<String> jvmOptions, OwnerReference owner, PodDriver.PodRequest request) {
    Map<String, Quantity> resources = new LinkedHashMap<>();
    config.resources().getOrDefault(request.app(), Map.of()).forEach((k, v) -> resources.put(k, new Quantity(v)));
    String spec = config.configDir() + "/" + request.spec().getFileName();
    return new PodBuilder()
        .withNewMetadata().withName(request.podId()).withNamespace(config.namespace())
        .withLabels(labels(config, request.app())).withOwnerReferences(owner).endMetadata()
        .withNewSpec().withRestartPolicy("Never").addNewContainer().withName("runtime").withImage(config.image())
        .withArgs("runtime", "--app-spec", spec, "--pod-id", request.podId(), "--host", "0.0.0.0",
            "--port", Integer.toString(PORT))
        .addNewEnv().withName("JAVA_TOOL_OPTIONS").withValue(String.join(" ", jvmOptions)).endEnv()
        .addNewPort().withName("http").withContainerPort(PORT).endPort()
        .withNewResources().withRequests(resources).withLimits(resources).endResources()
        .withNewReadinessProbe().withNewHttpGet().withPath("/readyz").withPort(new IntOrString("http")).endHttpGet()
        .withPeriodSeconds(1).endReadinessProbe()
        .addNewVolumeMount().withName("config").withMountPath(config.configDir()).withReadOnly(true).endVolumeMount()
        .endContainer()
        .addNewVolume().withName("config").withNewConfigMap().withName(config.configMap()).endConfigMap().endVolume()
        .endSpec().build();
  }
}
