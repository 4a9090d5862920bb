package dev.gauntlet.deploy.kubernetes;

import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.SchedulerSettings;
import dev.gauntlet.yaml.DurationText;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The scheduler's and gateways' Deployments and Services. */
final class Workloads {

  /** What the scheduler and each gateway ask for (and are limited to). */
  static final Map<String, String> COMPONENT_RESOURCES = Map.of("cpu", "500m", "memory", "384Mi");
  static final String JVM_OPTIONS = "-Xmx256m -XX:+UseSerialGC";

  private final LocalTarget target;
  private final Platform platform;

  Workloads(LocalTarget target, Platform platform) {
    this.target = target;
    this.platform = platform;
  }

  Deployment scheduler() {
    SchedulerSettings s = target.scheduler();
    List<String> args = new ArrayList<>(List.of("scheduler", "--config", platform.configDir() + "/scheduler.yaml",
        "--state-dir", "/var/lib/gauntlet", "--health-interval", DurationText.format(s.healthInterval()),
        "--health-failures", Integer.toString(s.healthFailures()), "--detached-ttl", DurationText.format(s.detachedTtl())));
    args.addAll(listen());
    // Recreate: two schedulers would both top up the pools
    return deployment(Platform.SCHEDULER, "scheduler", 1, container("scheduler", args))
        .editSpec().withNewStrategy().withType("Recreate").endStrategy()
        .editTemplate().editSpec().withServiceAccountName(Platform.SCHEDULER)
        .addNewVolume().withName("state").withNewEmptyDir().endEmptyDir().endVolume()
        .editFirstContainer().addNewVolumeMount().withName("state").withMountPath("/var/lib/gauntlet").endVolumeMount()
        .endContainer().endSpec().endTemplate().endSpec().build();
  }

  Deployment gateway() {
    List<String> args = new ArrayList<>(List.of("gateway", "--scheduler",
        "http://" + Platform.SCHEDULER + ":" + Platform.PORT,
        "--placement-deadline", DurationText.format(target.scheduler().placementDeadline())));
    args.addAll(listen());
    return deployment(Platform.GATEWAY, "gateway", target.gateways(), container("gateway", args)).build();
  }

  Service schedulerService() {
    return service(Platform.SCHEDULER, "scheduler", Platform.PORT);
  }

  /** Port 80 in front of every gateway replica: where the load goes. */
  Service gatewayService() {
    return service(Platform.GATEWAY, "gateway", 80);
  }

  /** The replicas a Deployment of the manifests asks for (before any placement scales it). */
  static int replicasOf(List<HasMetadata> manifests, String name) {
    return manifests.stream().filter(o -> o instanceof Deployment && o.getMetadata().getName().equals(name))
        .map(o -> ((Deployment) o).getSpec().getReplicas()).findFirst().orElse(0);
  }

  private static List<String> listen() {
    return List.of("--host", "0.0.0.0", "--port", Integer.toString(Platform.PORT));
  }

  private Container container(String name, List<String> args) {
    return new ContainerBuilder().withName(name).withImage(platform.image()).withArgs(args)
        .addNewEnv().withName("JAVA_TOOL_OPTIONS").withValue(JVM_OPTIONS).endEnv()
        .addNewPort().withName("http").withContainerPort(Platform.PORT).endPort()
        .withResources(Quantities.requirements(COMPONENT_RESOURCES))
        .withNewReadinessProbe().withNewHttpGet().withPath("/readyz").withPort(new IntOrString("http")).endHttpGet()
        .withPeriodSeconds(1).endReadinessProbe()
        .withNewLivenessProbe().withNewHttpGet().withPath("/healthz").withPort(new IntOrString("http")).endHttpGet()
        .withPeriodSeconds(5).withFailureThreshold(3).endLivenessProbe()
        .addNewVolumeMount().withName("config").withMountPath(platform.configDir()).withReadOnly(true).endVolumeMount()
        .build();
  }

  private DeploymentBuilder deployment(String name, String component, int replicas, Container container) {
    return new DeploymentBuilder()
        .withNewMetadata().withName(name).withNamespace(platform.namespace())
        .withLabels(Labels.of(component, platform.runId())).endMetadata()
        .withNewSpec().withReplicas(replicas)
        .withNewSelector().withMatchLabels(Labels.selector(component)).endSelector()
        .withNewTemplate().withNewMetadata().withLabels(Labels.of(component, platform.runId())).endMetadata()
        .withNewSpec().withContainers(container)
        .addNewVolume().withName("config").withNewConfigMap().withName(Platform.CONFIG_MAP).endConfigMap().endVolume()
        .endSpec().endTemplate().endSpec();
  }

  private Service service(String name, String component, int port) {
    return new ServiceBuilder().withNewMetadata().withName(name).withNamespace(platform.namespace())
        .withLabels(Labels.of(component, platform.runId())).endMetadata()
        .withNewSpec().withSelector(Labels.selector(component))
        .addNewPort().withName("http").withPort(port).withTargetPort(new IntOrString("http")).endPort()
        .endSpec().build();
  }
}
