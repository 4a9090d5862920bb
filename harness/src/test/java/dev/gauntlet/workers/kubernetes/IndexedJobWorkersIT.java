package dev.gauntlet.workers.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.gauntlet.analysis.RunFiles;
import dev.gauntlet.load.Plan;
import dev.gauntlet.measure.JournalContents;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.JournalReader;
import dev.gauntlet.merge.RunMerge;
import dev.gauntlet.merge.WorkerFiles;
import dev.gauntlet.scenario.LoadModel;
import dev.gauntlet.workers.WorkerDriver;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workers as an Indexed Job on Fabric8's mock API server (CRUD mode), with {@link JobKubelet} playing
 * the Job controller and the kubelet: each pod is a JVM of {@code gauntlet worker} on its shard (from
 * {@code JOB_COMPLETION_INDEX}) that uploads its results to a real coordinator on 127.0.0.1.
 */
@EnableKubernetesMockClient(crud = true)
class IndexedJobWorkersIT {

  static final String NS = "load";
  static final Duration DEADLINE = Duration.ofSeconds(120);

  KubernetesClient client;
  KubernetesMockServer server;
  @TempDir
  Path dir;
  Path runDir;
  JobKubelet kubelet;
  WorkerDriver driver;
  final List<String> log = new CopyOnWriteArrayList<>();

  @BeforeEach
  void namespace() throws Exception {
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NS).endMetadata().build()).create();
    runDir = Files.createDirectories(dir.resolve("run"));
  }

  @AfterEach
  void stopAll() throws Exception {
    if (driver != null) {
      driver.close();
    }
    if (kubelet != null) {
      kubelet.close();
    }
  }

  @Test
  void everyShardRunsInItsPodAndItsFilesComeBackByUpload() throws Exception {
    start(3, 7, Set.of(), List.of());

    int status = driver.run(runDir.resolve(RunFiles.PLAN), runDir);
    driver.close();

    assertThat(status).as("log: %s", log).isZero();
    for (int i = 1; i <= 3; i++) {
      Path w = runDir.resolve(WorkerFiles.WORKERS_DIR).resolve(Integer.toString(i));
      assertThat(w.resolve(RunFiles.JOURNAL)).as("worker %d's journal", i).isNotEmptyFile();
      assertThat(w.resolve(WorkerFiles.WORKER)).as("worker %d's worker.json", i).isNotEmptyFile();
      assertThat(w.resolve("histograms/ttfr_ms.hlog")).as("worker %d's histogram log", i).isNotEmptyFile();
      assertThat(Files.readString(w.resolve("worker.log"))).as("the pod's console, then how it ended")
          .contains("gauntlet: worker " + i + "/3: ").endsWith("gauntlet: worker " + i + " ended with status 0: "
              + "pod gauntlet-workers-it-run-" + (i - 1) + "-x" + (i - 1) + " succeeded\n");
    }
    assertThat(RunMerge.workers(runDir, WorkerDriver.dirs(runDir, 3), 1_000)).isEmpty();
    JournalContents merged = JournalReader.read(runDir.resolve(RunFiles.JOURNAL));
    Map<Integer, Set<Long>> sessions = new TreeMap<>();
    for (int i = 0; i < merged.events().size(); i++) {
      if (merged.events().get(i) instanceof JournalEvent.SessionStarted s) {
        sessions.computeIfAbsent(merged.workers().get(i), k -> new TreeSet<>()).add(s.vu());
      }
    }
    // shard i of 3 drives the run's users i, i + 3, ...: from JOB_COMPLETION_INDEX i - 1
    assertThat(sessions).isEqualTo(Map.of(1, Set.of(1L, 4L, 7L), 2, Set.of(2L, 5L), 3, Set.of(3L, 6L)));
    assertNothingLeft();
  }

  @Test
  void aFailedPodEndsTheRunInErrorAndTheJobAndPlanAreDeleted() throws Exception {
    start(2, 4, Set.of(1), List.of());

    assertThatThrownBy(() -> driver.run(runDir.resolve(RunFiles.PLAN), runDir))
        .hasMessageContaining("worker 2 exited with status 137").hasMessageContaining("before the load started");
    assertThat(log).anyMatch(l -> l.contains("worker 2: pod gauntlet-workers-it-run-1-x1 failed: OOMKilled, exit status 137"));
    assertThat(Files.readString(runDir.resolve("workers/2/worker.log"))).as("the pod's log, then how it ended")
        .isEqualTo("killed by the test kubelet before it started\ngauntlet: worker 2 ended with status 137: pod "
            + "gauntlet-workers-it-run-1-x1 failed: OOMKilled, exit status 137\n");
    assertThat(Files.readString(runDir.resolve("workers/1/worker.log")))
        .contains("Job gauntlet-workers-it-run failed: BackoffLimitExceeded");
    driver.close();

    assertNothingLeft();
    await("every pod process gone").atMost(DEADLINE).until(() -> kubelet.running() == 0);
  }

  @Test
  void closingMidRunDeletesTheJobItsPodsAndThePlan() throws Exception {
    start(2, 4, Set.of(), List.of("-Dgauntlet.test.holdUntilStopped=true"));
    CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> {
      try {
        return driver.run(runDir.resolve(RunFiles.PLAN), runDir);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    await("both workers loading").atMost(DEADLINE).until(() -> kubelet.running() == 2
        && Files.exists(runDir.resolve("workers/1/" + RunFiles.JOURNAL))
        && Files.exists(runDir.resolve("workers/2/" + RunFiles.JOURNAL)));
    assertThat(client.batch().v1().jobs().inNamespace(NS).list().getItems()).hasSize(1);

    driver.close(); // what Ctrl-C's hook does

    assertNothingLeft();
    await("every pod process gone").atMost(DEADLINE).until(() -> kubelet.running() == 0);
    assertThat(run.get(DEADLINE.toSeconds(), TimeUnit.SECONDS)).as("the workers were lost").isNotZero();
  }

  private void start(int workers, int users, Set<Integer> failing, List<String> jvmOptions) throws Exception {
    new Plan("it-run", "it", 7, runDir.toString(), LoadModel.CLOSED, users, 0, 0, 1_000, 1_000, 1,
        new Plan.ThinkTime("uniform", 0, 0, 0), 5_000, 5_000, List.of("http://gauntlet-gateway.load.svc"),
        List.of(new Plan.App("dash", "/apps/dash", 1.0, List.of()))).write(runDir.resolve(RunFiles.PLAN));
    kubelet = new JobKubelet(client, NS, Files.createDirectories(dir.resolve("node")), failing, jvmOptions,
        (pod, text) -> server.expect().get().withPath("/api/v1/namespaces/" + NS + "/pods/" + pod + "/log?pretty=false")
            .andReturn(200, text).always());
    IndexedJobWorkers launcher = IndexedJobWorkers.on(client, new JobSettings(null, NS, "gauntlet-harness:it", null,
        null), log::add);
    driver = new WorkerDriver(workers, launcher, "127.0.0.1", null, (plan, dir) -> 0, log::add);
  }

  private void assertNothingLeft() {
    assertThat(client.batch().v1().jobs().inNamespace(NS).list().getItems()).as("jobs").isEmpty();
    assertThat(client.pods().inNamespace(NS).list().getItems()).as("pods").isEmpty();
    assertThat(client.configMaps().inNamespace(NS).list().getItems()).as("config maps").isEmpty();
  }
}
