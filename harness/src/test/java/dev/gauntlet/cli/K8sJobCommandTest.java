package dev.gauntlet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code gauntlet k8s job} prints the config map and Indexed Job that Fabric8 parses back. */
class K8sJobCommandTest {

  @Test
  void smokeSplitOverThreeWorkersParsesIntoThePlanAndAnIndexedJob() throws Exception {
    List<HasMetadata> objects = K8sManifestsTest.manifests("k8s", "job",
        K8sManifestsTest.HOME.resolve("scenarios/smoke.yaml").toString(), "--workers", "3", "--seed", "7",
        "--coordinator-url", "http://10.0.0.5:7070", "--namespace", "perf", "--image", "registry.local/gh:1");

    assertThat(objects).extracting(o -> o.getKind() + "/" + o.getMetadata().getName())
        .containsExactly("ConfigMap/gauntlet-workers", "Job/gauntlet-workers");
    assertThat(objects).allSatisfy(o -> {
      assertThat(o.getMetadata().getNamespace()).isEqualTo("perf");
      assertThat(o.getMetadata().getLabels()).doesNotContainKey("gauntlet.dev/run");
    });
    JsonNode plan = new ObjectMapper().readTree(((ConfigMap) objects.get(0)).getData().get("plan.json"));
    assertThat(plan.path("seed").asLong()).isEqualTo(7);
    assertThat(plan.path("entryPoints").get(0).asText()).isEqualTo("http://gauntlet-gateway.gauntlet.svc");
    assertThat(plan.path("runDir").asText()).isEqualTo("/work");
    Job job = (Job) objects.get(1);
    assertThat(job.getSpec().getCompletions()).isEqualTo(3);
    var container = job.getSpec().getTemplate().getSpec().getContainers().get(0);
    assertThat(container.getImage()).isEqualTo("registry.local/gh:1");
    assertThat(container.getArgs()).contains("--coordinator", "http://10.0.0.5:7070", "--upload");
  }

  @Test
  void moreWorkersThanUsersIsRefusedWithTheFix() {
    StringWriter err = new StringWriter();
    int code = Gauntlet.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "k8s", "job",
        K8sManifestsTest.HOME.resolve("scenarios/smoke.yaml").toString(), "--workers", "500", "--coordinator-url",
        "http://c:1");
    assertThat(code).isEqualTo(Gauntlet.ERROR);
    assertThat(err.toString()).contains("--workers 500 for").contains("raise load.users");
  }
}
