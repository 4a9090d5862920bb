package dev.gauntlet.deploy.kubernetes;

import dev.gauntlet.deploy.DeploymentException;
import dev.gauntlet.scenario.AppPool;
import dev.gauntlet.scenario.LocalTarget;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reference platform as Kubernetes objects: a config map (scheduler config, app specs), the
 * scheduler's service account with a role to manage pods in its namespace, and the scheduler and
 * gateway Deployments and Services ({@link Workloads}). Runtime pods are not here: the scheduler
 * creates them, owned by its Deployment.
 */
public final class Manifests {

  private Manifests() {}

  public static List<HasMetadata> of(LocalTarget target, Platform platform) {
    List<HasMetadata> objects = new ArrayList<>();
    objects.add(configMap(target, platform));
    objects.addAll(rbac(platform));
    Workloads workloads = new Workloads(target, platform);
    objects.add(workloads.scheduler());
    objects.add(workloads.schedulerService());
    objects.add(workloads.gateway());
    objects.add(workloads.gatewayService());
    return objects;
  }

  /** Every object as YAML documents, for {@code kubectl apply -f -}. */
  public static String yaml(List<HasMetadata> objects) {
    return objects.stream().map(o -> Serialization.asYaml(o).replaceFirst("^---\n", ""))
        .collect(Collectors.joining("---\n", "---\n", ""));
  }

  static HasMetadata configMap(LocalTarget target, Platform platform) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("scheduler.yaml", SchedulerYaml.render(target, platform));
    for (AppPool app : target.apps()) {
      try {
        data.put(SchedulerYaml.specKey(app.app()), Files.readString(app.spec()));
      } catch (IOException e) {
        throw new DeploymentException("cannot read app spec " + app.spec() + " (app " + app.app() + "): " + e.getMessage());
      }
    }
    return new ConfigMapBuilder().withNewMetadata().withName(Platform.CONFIG_MAP).withNamespace(platform.namespace())
        .withLabels(Labels.of("config", platform.runId())).endMetadata().withData(data).build();
  }

  /** The scheduler may create, get, list, watch and delete pods, and read its own Deployment (the pods' owner). */
  static List<HasMetadata> rbac(Platform platform) {
    String name = Platform.SCHEDULER;
    Map<String, String> labels = Labels.of("scheduler", platform.runId());
    return List.of(
        new ServiceAccountBuilder().withNewMetadata().withName(name).withNamespace(platform.namespace())
            .withLabels(labels).endMetadata().build(),
        new RoleBuilder().withNewMetadata().withName(name).withNamespace(platform.namespace()).withLabels(labels)
            .endMetadata()
            .withRules(new PolicyRuleBuilder().withApiGroups("").withResources("pods")
                    .withVerbs("create", "get", "list", "watch", "delete").build(),
                new PolicyRuleBuilder().withApiGroups("apps").withResources("deployments")
                    .withResourceNames(Platform.SCHEDULER).withVerbs("get").build())
            .build(),
        new RoleBindingBuilder().withNewMetadata().withName(name).withNamespace(platform.namespace())
            .withLabels(labels).endMetadata()
            .withNewRoleRef().withApiGroup("rbac.authorization.k8s.io").withKind("Role").withName(name).endRoleRef()
            .addNewSubject().withKind("ServiceAccount").withName(name).withNamespace(platform.namespace()).endSubject()
            .build());
  }
}
