package dev.gauntlet.workers.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.measure.RunStatus;
import dev.gauntlet.run.LoadSplit;
import dev.gauntlet.run.RunOptions;
import dev.gauntlet.run.RunOutcome;
import dev.gauntlet.run.Runner;
import dev.gauntlet.scenario.ScenarioFiles;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --workers 2 --on kubernetes} through the Runner, its client configured as a user's
 * would be (here the system properties pointing at Fabric8's mock API server), {@link JobKubelet}
 * playing the cluster: one summary of both workers' sessions, or an error when a worker's pod fails.
 */
@EnableKubernetesMockClient(crud = true)
class RunOnKubernetesIT {

  static final String NS = "load";
  static final String SCENARIO = "name: split\ntarget: {kind: external, url: 'http://127.0.0.1:9'}\n"
      + "load: {users: 5, hold: 2s, apps: [{app: ''}]}\n";
  static final Map<String, String> CLIENT = Map.of("kubernetes.trust.certificates", "true",
      "kubernetes.disable.hostname.verification", "true", "kubernetes.auth.tryKubeConfig", "false",
      "kubernetes.auth.tryServiceAccount", "false");

  KubernetesClient client;
  KubernetesMockServer server;
  @TempDir
  Path root;
  JobKubelet kubelet;

  @BeforeEach
  void pointTheHarnessAtTheMock() {
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NS).endMetadata().build()).create();
    CLIENT.forEach(System::setProperty);
    System.setProperty("kubernetes.master", client.getMasterUrl().toString());
  }

  @AfterEach
  void stop() throws Exception {
    CLIENT.keySet().forEach(System::clearProperty);
    System.clearProperty("kubernetes.master");
    if (kubelet != null) {
      kubelet.close();
    }
  }

  @Test
  void theSummaryHasEveryWorkersSessionsAndTheJobIsGone() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    // a fixed port, and a URL without one: the pods are told the port the coordinator listens on
    RunOutcome outcome = run(Set.of(), new LoadSplit.OnKubernetes(NS, "gauntlet-harness:it",
        URI.create("http://127.0.0.1"), "127.0.0.1:" + port));

    assertThat(outcome.error()).isNull();
    assertThat(outcome.summary().status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(outcome.summary().sessions().completed()).as("3 from worker 1, 2 from worker 2").isEqualTo(5);
    assertThat(outcome.runDir().resolve("workers/1/journal.jsonl")).isNotEmptyFile();
    assertThat(outcome.runDir().resolve("workers/2/journal.jsonl")).isNotEmptyFile();
    assertThat(Files.readString(outcome.runDir().resolve("run.log")))
        .contains("load: Job load/gauntlet-workers-").contains("reporting to http://127.0.0.1:" + port)
        .contains("the plan's entry points are on 127.0.0.1");
    assertNothingLeft();
  }

  @Test
  void aWorkerPodThatFailsEndsTheRunInErrorAndTheJobIsGone() throws Exception {
    RunOutcome outcome = run(Set.of(0), new LoadSplit.OnKubernetes(NS, "gauntlet-harness:it", null, null));

    assertThat(outcome.summary().status()).isEqualTo(RunStatus.ERROR);
    assertThat(outcome.error()).contains("worker 1 exited with status 137");
    assertNothingLeft();
  }

  private RunOutcome run(Set<Integer> failing, LoadSplit.OnKubernetes options) throws Exception {
    kubelet = new JobKubelet(client, NS, Files.createDirectories(root.resolve("node")), failing, List.of(),
        (pod, text) -> server.expect().get().withPath("/api/v1/namespaces/" + NS + "/pods/" + pod + "/log?pretty=false")
            .andReturn(200, text).always());
    LoadSplit split = new LoadSplit(2, LoadSplit.KUBERNETES, 0, 0, options);
    RunOptions runOptions = new RunOptions(new ScenarioFiles(root).scenario(SCENARIO), null, null, root.resolve("out"), 7,
        false, false, split);
    return new Runner(runOptions, (planJson, runDir) -> 0, new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8), Clock.systemUTC(), o -> { }).run();
  }

  private void assertNothingLeft() {
    assertThat(client.batch().v1().jobs().inNamespace(NS).list().getItems()).as("jobs").isEmpty();
    assertThat(client.pods().inNamespace(NS).list().getItems()).as("pods").isEmpty();
    assertThat(client.configMaps().inNamespace(NS).list().getItems()).as("config maps").isEmpty();
  }
}
