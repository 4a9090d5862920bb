package dev.gauntlet.deploy.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One pod's life on the {@link NodeAgent}: scheduled, initialized, its process started, ready, ended. */
final class PodRun {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
  private static final Duration READY_DEADLINE = Duration.ofSeconds(60);

  private final KubernetesClient client;
  private final String namespace;
  private final String name;
  private final String uid;
  private final Path dir;
  private final Map<String, Process> processes;
  private final List<PodCondition> conditions = new ArrayList<>();

  PodRun(KubernetesClient client, String namespace, Pod pod, Path dir, Map<String, Process> processes) {
    this.client = client;
    this.namespace = namespace;
    this.name = pod.getMetadata().getName();
    this.uid = pod.getMetadata().getUid();
    this.dir = dir;
    this.processes = processes;
  }

  static Path portFile(Path dir, Pod pod) {
    return dir.resolve(pod.getMetadata().getName() + "-" + pod.getMetadata().getUid() + ".port");
  }

  void run(List<String> command, Map<String, String> env) {
    try {
      condition("PodScheduled");
      status("Pending", null);
      condition("Initialized");
      status("Pending", null);
      Path log = dir.resolve(name + ".log");
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
          .redirectInput(ProcessBuilder.Redirect.from(NodeAgent.devNull()));
      pb.environment().putAll(env);
      Process process = pb.start();
      processes.put(uid, process);
      status("Running", null);
      int port = awaitPort(process, command.get(command.indexOf("--port-file") + 1));
      client.pods().inNamespace(namespace).withName(name)
          .edit(p -> new PodBuilder(p).editMetadata().addToAnnotations("gauntlet.dev/port", Integer.toString(port))
              .endMetadata().build());
      awaitHealthy(process, port);
      condition("ContainersReady");
      condition("Ready");
      status("Running", "127.0.0.1");
      int exit = process.waitFor();
      if (processes.remove(uid, process)) {
        // ended on its own, not deleted: what a kubelet reports for a container that exited
        status("Failed", "127.0.0.1", exit);
      }
    } catch (IOException | RuntimeException e) {
      if (processes.containsKey(uid)) {
        status("Failed", null, -1);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int awaitPort(Process process, String portFile) throws IOException, InterruptedException {
    long end = System.nanoTime() + READY_DEADLINE.toNanos();
    Path file = Path.of(portFile);
    while (System.nanoTime() < end && process.isAlive()) {
      if (Files.isRegularFile(file)) {
        return Integer.parseInt(Files.readString(file).trim());
      }
      Thread.sleep(20); // waiting for a process we started, with a deadline
    }
    throw new IOException("no port file " + file);
  }

  private static void awaitHealthy(Process process, int port) throws IOException, InterruptedException {
    HttpRequest readyz = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz"))
        .timeout(Duration.ofSeconds(1)).build();
    long end = System.nanoTime() + READY_DEADLINE.toNanos();
    while (System.nanoTime() < end && process.isAlive()) {
      try {
        if (HTTP.send(readyz, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(20); // the readiness probe's period, with a deadline
    }
    throw new IOException("never ready on port " + port + " within " + READY_DEADLINE.toSeconds() + "s");
  }

  /** A condition turned True now, at a kubelet's precision (seconds). */
  private void condition(String type) {
    conditions.add(new PodConditionBuilder().withType(type).withStatus("True")
        .withLastTransitionTime(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()).build());
  }

  private void status(String phase, String ip) {
    status(phase, ip, null);
  }

  private void status(String phase, String ip, Integer exitCode) {
    client.pods().inNamespace(namespace).withName(name).editStatus(p -> {
      PodBuilder b = new PodBuilder(p);
      var status = b.editOrNewStatus().withPhase(phase).withPodIP(ip).withConditions(conditions);
      if (exitCode != null) {
        status.withContainerStatuses().addNewContainerStatus().withName("runtime").withNewState().withNewTerminated()
            .withExitCode(exitCode).withReason("Error").endTerminated().endState()
            .endContainerStatus();
      }
      return status.endStatus().build();
    });
  }
}
