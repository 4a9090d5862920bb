package dev.gauntlet.deploy.kubernetes;

import dev.gauntlet.deploy.kubernetes.chaosmesh.ChaosMeshCrds;
import dev.gauntlet.deploy.kubernetes.chaosmesh.PodChaos;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A test-only kubelet for Fabric8's mock API server, which has no nodes: every pod it sees in its
 * namespace runs as a local process of the platform jar ({@code java -jar JAR <container args>}),
 * and the pod's status goes back through the API as a kubelet writes it (PodScheduled, Initialized,
 * ContainersReady, Ready, with times; Failed with the exit status). A deleted pod's process is
 * killed. Its pods listen on 127.0.0.1, each on its own port, told in the {@code gauntlet.dev/port}
 * annotation.
 */
public final class NodeAgent implements AutoCloseable {

  private final KubernetesClient client;
  private final String namespace;
  private final Path jar;
  private final Path dir;
  private final ExecutorService work = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "node-agent");
    t.setDaemon(true);
    return t;
  });
  /** Running pods by uid. */
  private final Map<String, Process> processes = new ConcurrentHashMap<>();
  private final SharedIndexInformer<Pod> informer;
  private SharedIndexInformer<PodChaos> chaos;

  public NodeAgent(KubernetesClient client, String namespace, Path jar, Path dir) {
    this.client = client;
    this.namespace = namespace;
    this.jar = jar;
    this.dir = dir;
    this.informer = client.pods().inNamespace(namespace).inform(new ResourceEventHandler<>() {
      @Override
      public void onAdd(Pod pod) {
        if (pod.getMetadata().getDeletionTimestamp() == null && (pod.getStatus() == null
            || pod.getStatus().getPhase() == null)) {
          work.execute(() -> new PodRun(client, namespace, pod, dir, processes).run(command(pod), env(pod)));
        }
      }

      @Override
      public void onUpdate(Pod before, Pod pod) {}

      @Override
      public void onDelete(Pod pod, boolean finalStateUnknown) {
        Process p = processes.remove(pod.getMetadata().getUid());
        if (p != null) {
          p.destroyForcibly(); // the mock deletes at once: a delete is a kill here
        }
      }
    }, 0);
  }

  /** The container's args after {@code java -jar JAR}, on 127.0.0.1 and a free port it reports in a file. */
  private List<String> command(Pod pod) {
    Container c = pod.getSpec().getContainers().get(0);
    List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
        jar.toString()));
    cmd.addAll(c.getArgs());
    cmd.set(cmd.indexOf("--host") + 1, "127.0.0.1");
    cmd.set(cmd.indexOf("--port") + 1, "0");
    cmd.addAll(List.of("--port-file", PodRun.portFile(dir, pod).toString(),
        "--owner-pid", Long.toString(ProcessHandle.current().pid())));
    return cmd;
  }

  private static Map<String, String> env(Pod pod) {
    Map<String, String> env = new ConcurrentHashMap<>();
    List<EnvVar> vars = pod.getSpec().getContainers().get(0).getEnv();
    if (vars != null) {
      vars.stream().filter(v -> v.getValue() != null).forEach(v -> env.put(v.getName(), v.getValue()));
    }
    return env;
  }

  /**
   * Plays Chaos Mesh's controller for {@code pod-failure}: installs its CRDs, then freezes (SIGSTOP)
   * the process of each pod a {@link PodChaos} names and thaws it (SIGCONT) when the chaos is
   * deleted. Real Chaos Mesh swaps the pod's containers for a pause image instead: either way the
   * pod stops serving until the fault ends, which is what the contract checks.
   */
  public void actAsChaosMesh() {
    ChaosMeshCrds.install(client);
    chaos = client.resources(PodChaos.class).inNamespace(namespace).inform(new ResourceEventHandler<>() {
      @Override
      public void onAdd(PodChaos c) {
        signal(c, "-STOP");
      }

      @Override
      public void onUpdate(PodChaos before, PodChaos c) {}

      @Override
      public void onDelete(PodChaos c, boolean finalStateUnknown) {
        signal(c, "-CONT");
      }
    }, 0);
  }

  private void signal(PodChaos c, String signal) {
    if (c.getSpec() == null || !PodChaos.POD_FAILURE.equals(c.getSpec().action()) || c.getSpec().selector() == null
        || c.getSpec().selector().pods() == null) {
      return;
    }
    for (String name : c.getSpec().selector().pods().getOrDefault(namespace, List.of())) {
      Pod pod = client.pods().inNamespace(namespace).withName(name).get();
      Process p = pod == null ? null : processes.get(pod.getMetadata().getUid());
      if (p != null && p.isAlive()) {
        try {
          new ProcessBuilder("kill", signal, Long.toString(p.pid())).start().waitFor(5, TimeUnit.SECONDS);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  /** Kills a pod's process as a crashing container would end: the pod is left Failed. */
  void crash(String podName) {
    Pod pod = client.pods().inNamespace(namespace).withName(podName).get();
    processes.get(pod.getMetadata().getUid()).destroyForcibly();
  }

  /** How many pods run now. */
  int running() {
    return (int) processes.values().stream().filter(Process::isAlive).count();
  }

  @Override
  public void close() throws InterruptedException {
    informer.close();
    if (chaos != null) {
      chaos.close();
    }
    work.shutdownNow();
    for (Process p : processes.values()) {
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
    }
    processes.clear();
  }

  static File devNull() {
    return new File("/dev/null"); // a pod's process reads nothing
  }
}
