package dev.gauntlet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gauntlet k8s manifests} prints YAML that Fabric8 parses back into the objects we meant. */
class K8sManifestsTest {

  static final Path HOME = Path.of(System.getProperty("gauntlet.home", ".."));

  @Test
  void smokeManifestsParseIntoDeploymentsServicesAndRbac() {
    List<HasMetadata> objects = manifests("k8s", "manifests", HOME.resolve("scenarios/smoke.yaml").toString());
    assertThat(objects).extracting(o -> o.getKind() + "/" + o.getMetadata().getName()).containsExactly(
        "ConfigMap/gauntlet-config", "ServiceAccount/gauntlet-scheduler", "Role/gauntlet-scheduler",
        "RoleBinding/gauntlet-scheduler", "Deployment/gauntlet-scheduler", "Service/gauntlet-scheduler",
        "Deployment/gauntlet-gateway", "Service/gauntlet-gateway");
    assertThat(objects).allSatisfy(o -> assertThat(o.getMetadata().getNamespace()).isEqualTo("gauntlet"));
    assertThat(objects.get(1)).isInstanceOf(ServiceAccount.class);

    Role role = (Role) objects.get(2);
    PolicyRule pods = role.getRules().get(0);
    assertThat(pods.getApiGroups()).containsExactly("");
    assertThat(pods.getResources()).containsExactly("pods");
    assertThat(pods.getVerbs()).containsExactlyInAnyOrder("create", "get", "list", "watch", "delete");
    RoleBinding binding = (RoleBinding) objects.get(3);
    assertThat(binding.getRoleRef().getName()).isEqualTo("gauntlet-scheduler");
    assertThat(binding.getSubjects()).singleElement()
        .satisfies(s -> assertThat(s.getKind() + "/" + s.getName()).isEqualTo("ServiceAccount/gauntlet-scheduler"));

    Deployment scheduler = (Deployment) objects.get(4);
    assertThat(scheduler.getSpec().getReplicas()).isEqualTo(1);
    assertThat(scheduler.getSpec().getTemplate().getSpec().getServiceAccountName()).isEqualTo("gauntlet-scheduler");
    assertThat(scheduler.getSpec().getTemplate().getMetadata().getLabels())
        .containsAllEntriesOf(scheduler.getSpec().getSelector().getMatchLabels())
        .containsEntry("app.kubernetes.io/component", "scheduler");
    Deployment gateway = (Deployment) objects.get(6);
    assertThat(gateway.getSpec().getReplicas()).as("smoke runs 2 gateways").isEqualTo(2);
    var container = gateway.getSpec().getTemplate().getSpec().getContainers().get(0);
    assertThat(container.getArgs()).startsWith("gateway", "--scheduler", "http://gauntlet-scheduler:8080");
    assertThat(container.getPorts()).singleElement().satisfies(p -> assertThat(p.getContainerPort()).isEqualTo(8080));
    assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/readyz");
    assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
    Service front = (Service) objects.get(7);
    assertThat(front.getSpec().getSelector()).isEqualTo(gateway.getSpec().getSelector().getMatchLabels());
    assertThat(front.getSpec().getPorts()).singleElement().satisfies(p -> assertThat(p.getPort()).isEqualTo(80));
  }

  @Test
  void poolResourcesAndNamespaceReachTheSchedulerConfig(@TempDir Path dir) throws Exception {
    Path scenario = dir.resolve("k8s.yaml");
    Files.writeString(scenario, String.join("\n", "name: k8s", "target:", "  kind: kubernetes",
        "  kubernetes: {namespace: perf}", "  apps:", "    - spec: " + HOME.resolve("apps/dash.yaml").toAbsolutePath(),
        "      warm: 3", "      resources: {cpu: 0.5, memory: 256Mi}", ""));
    List<HasMetadata> objects = manifests("k8s", "manifests", scenario.toString(), "--image", "registry.local/gp:1");
    assertThat(objects).allSatisfy(o -> assertThat(o.getMetadata().getNamespace()).isEqualTo("perf"));
    ConfigMap config = (ConfigMap) objects.get(0);
    assertThat(config.getData()).containsKeys("scheduler.yaml", "app-dash.yaml");
    JsonNode schedulerYaml = new ObjectMapper(new YAMLFactory()).readTree(config.getData().get("scheduler.yaml"));
    assertThat(schedulerYaml.at("/driver").asText()).isEqualTo("kubernetes");
    assertThat(schedulerYaml.at("/kubernetes/namespace").asText()).isEqualTo("perf");
    assertThat(schedulerYaml.at("/kubernetes/image").asText()).isEqualTo("registry.local/gp:1");
    assertThat(schedulerYaml.at("/kubernetes/resources/dash/cpu").asText()).isEqualTo("500m");
    assertThat(schedulerYaml.at("/kubernetes/resources/dash/memory").asText()).isEqualTo("256Mi");
    assertThat(schedulerYaml.at("/pools/0/warm").asInt()).isEqualTo(3);
    assertThat(((Deployment) objects.get(4)).getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
        .isEqualTo("registry.local/gp:1");
  }

  @Test
  void anExternalTargetHasNoManifests(@TempDir Path dir) throws Exception {
    Path scenario = dir.resolve("ext.yaml");
    Files.writeString(scenario, "name: ext\ntarget: {kind: external, url: 'http://127.0.0.1:8501'}\n");
    StringWriter err = new StringWriter();
    int code = Gauntlet.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "k8s", "manifests",
        scenario.toString());
    assertThat(code).isEqualTo(Gauntlet.ERROR);
    assertThat(err.toString()).contains("ext.yaml: target kind external", "manifests are for the reference platform");
  }

  static List<HasMetadata> manifests(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Gauntlet.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    assertThat(code).as(err.toString()).isZero();
    return Arrays.stream(out.toString().split("(?m)^---$")).filter(d -> !d.isBlank())
        .map(d -> (HasMetadata) Serialization.unmarshal(d)).toList();
  }
}
