package dev.gauntlet.workers.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * A test-only Job controller and kubelet for Fabric8's mock API server, which runs nothing: for each
 * Indexed Job it sees, it creates the pods a Job controller would (one per completion index, the
 * index in {@code batch.kubernetes.io/job-completion-index}), and runs each as a kubelet would, as a
 * local JVM of the CLI ({@link PodCommand}), its phase and exit status written back and its log
 * served; a deleted pod's process is killed. Indexes in {@code failing} are
 * marked Failed without running; a failed pod fails the Job (backoffLimit 0) and its running pods are
 * deleted, as the controller does.
 */
final class JobKubelet implements AutoCloseable {

  private final KubernetesClient client;
  private final String namespace;
  private final Path dir;
  private final Set<Integer> failing;
  private final List<String> jvmOptions;
  private final BiConsumer<String, String> logs;
  private final ExecutorService work = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "job-kubelet");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Process> processes = new ConcurrentHashMap<>();
  private final SharedIndexInformer<Job> jobs;
  private final SharedIndexInformer<Pod> pods;

  /**
   * @param logs serves a pod's log (name, text) once it ended: the mock API server's CRUD mode has no
   *     log of its own, so the test records one there as an expectation
   */
  JobKubelet(KubernetesClient client, String namespace, Path dir, Set<Integer> failing, List<String> jvmOptions,
      BiConsumer<String, String> logs) {
    this.client = client;
    this.logs = logs;
    this.namespace = namespace;
    this.dir = dir;
    this.failing = failing;
    this.jvmOptions = jvmOptions;
    this.pods = client.pods().inNamespace(namespace).inform(new ResourceEventHandler<>() {
      @Override
      public void onAdd(Pod pod) {}

      @Override
      public void onUpdate(Pod before, Pod pod) {}

      @Override
      public void onDelete(Pod pod, boolean finalStateUnknown) {
        Process p = processes.remove(pod.getMetadata().getName());
        if (p != null) {
          p.destroyForcibly(); // the mock deletes at once: a delete is a kill here
        }
      }
    }, 0);
    this.jobs = client.batch().v1().jobs().inNamespace(namespace).inform(new ResourceEventHandler<>() {
      @Override
      public void onAdd(Job job) {
        work.execute(() -> startPods(job));
      }

      @Override
      public void onUpdate(Job before, Job job) {}

      @Override
      public void onDelete(Job job, boolean finalStateUnknown) {}
    }, 0);
  }

  /** What the Job controller does: a pod per completion index, from the template. */
  private void startPods(Job job) {
    for (int index = 0; index < job.getSpec().getCompletions(); index++) {
      Pod pod = client.pods().inNamespace(namespace).resource(new PodBuilder()
          .withNewMetadata().withName(job.getMetadata().getName() + "-" + index + "-x" + index)
          .withLabels(job.getSpec().getTemplate().getMetadata().getLabels())
          .addToLabels("batch.kubernetes.io/job-name", job.getMetadata().getName())
          .addToAnnotations(WorkerJob.INDEX_ANNOTATION, Integer.toString(index))
          .addNewOwnerReference().withApiVersion("batch/v1").withKind("Job").withName(job.getMetadata().getName())
          .withUid(job.getMetadata().getUid()).endOwnerReference().endMetadata()
          .withSpec(job.getSpec().getTemplate().getSpec()).build()).create();
      int i = index;
      work.execute(() -> runPod(job, pod, failing.contains(i)));
    }
  }

  private void runPod(Job job, Pod pod, boolean fail) {
    String name = pod.getMetadata().getName();
    try {
      if (fail) {
        logs.accept(name, "killed by the test kubelet before it started\n");
        ended(job, name, 137, "OOMKilled");
        return;
      }
      Path podDir = Files.createDirectories(dir.resolve(name));
      ProcessBuilder pb = new ProcessBuilder(PodCommand.of(client, namespace, pod, podDir, jvmOptions)).redirectErrorStream(true)
          .redirectOutput(podDir.resolve("console.log").toFile()).redirectInput(new File("/dev/null"));
      pb.environment().putAll(PodCommand.env(pod));
      Process process = pb.start();
      processes.put(name, process);
      status(name, "Running", null, null);
      int exit = process.waitFor();
      logs.accept(name, Files.readString(podDir.resolve("console.log")));
      if (processes.remove(name, process)) {
        ended(job, name, exit, exit == 0 ? "Completed" : "Error");
      }
    } catch (IOException | RuntimeException e) {
      ended(job, name, 1, "Error: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void ended(Job job, String name, int exit, String reason) {
    status(name, exit == 0 ? "Succeeded" : "Failed", exit, reason);
    if (exit != 0) {
      jobFailed(job);
    }
  }

  /** backoffLimit 0: the Job fails, and its pods still running are deleted. */
  private void jobFailed(Job job) {
    client.batch().v1().jobs().inNamespace(namespace).withName(job.getMetadata().getName()).editStatus(j -> {
      j.setStatus(new io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder().addNewCondition().withType("Failed")
          .withStatus("True").withReason("BackoffLimitExceeded").withMessage("Job has reached the specified backoff limit")
          .endCondition().build());
      return j;
    });
    for (Pod p : client.pods().inNamespace(namespace).withLabel("batch.kubernetes.io/job-name",
        job.getMetadata().getName()).list().getItems()) {
      if (processes.containsKey(p.getMetadata().getName())) {
        client.pods().inNamespace(namespace).resource(p).delete();
      }
    }
  }

  private void status(String name, String phase, Integer exit, String reason) {
    client.pods().inNamespace(namespace).withName(name).editStatus(p -> {
      var status = new PodBuilder(p).editOrNewStatus().withPhase(phase);
      if (exit != null) {
        status.withContainerStatuses().addNewContainerStatus().withName(WorkerJob.COMPONENT).withNewState()
            .withNewTerminated().withExitCode(exit).withReason(reason).endTerminated().endState().endContainerStatus();
      }
      return status.endStatus().build();
    });
  }

  /** How many pod processes run now. */
  int running() {
    return (int) processes.values().stream().filter(Process::isAlive).count();
  }

  @Override
  public void close() throws InterruptedException {
    jobs.close();
    pods.close();
    work.shutdownNow();
    for (Process p : processes.values()) {
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
    }
    processes.clear();
  }
}
