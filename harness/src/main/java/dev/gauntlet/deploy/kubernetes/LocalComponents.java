package dev.gauntlet.deploy.kubernetes;

import dev.gauntlet.deploy.ComponentProcess;
import dev.gauntlet.deploy.DeploymentException;
import dev.gauntlet.deploy.Endpoints;
import dev.gauntlet.deploy.internal.Http;
import dev.gauntlet.deploy.internal.LogTail;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The scheduler and gateways as processes on this machine, the scheduler's pod driver pointed at
 * the API server; their Deployments are applied scaled to 0 (they still own the runtime pods). For an
 * API server without nodes, such as the tests' mock with its node agent.
 */
final class LocalComponents implements Components {

  private final KubernetesClient client;
  private final Path platformJar;
  private final Path stateDir;
  private final Consumer<String> log;
  private final Map<String, Process> processes = new LinkedHashMap<>();
  private final Map<String, Integer> ports = new LinkedHashMap<>();
  private int gatewayReplicas;

  LocalComponents(KubernetesClient client, Path platformJar, Path stateDir, Consumer<String> log) {
    this.client = client;
    this.platformJar = platformJar;
    this.stateDir = stateDir.toAbsolutePath();
    this.log = log;
  }

  @Override
  public String configDir() {
    return stateDir.resolve("config").toString();
  }

  @Override
  public List<HasMetadata> adjust(List<HasMetadata> manifests) {
    gatewayReplicas = Workloads.replicasOf(manifests, Platform.GATEWAY);
    return manifests.stream().map(o -> o instanceof Deployment d
        ? (HasMetadata) new DeploymentBuilder(d).editSpec().withReplicas(0).endSpec().build() : o).toList();
  }

  @Override
  public Endpoints start(List<HasMetadata> applied, Duration timeout) {
    ConfigMap config = applied.stream().filter(ConfigMap.class::isInstance).map(ConfigMap.class::cast).findFirst()
        .orElseThrow();
    List<String> schedulerArgs = schedulerArgs(applied);
    try {
      Files.createDirectories(Path.of(configDir()));
      for (Map.Entry<String, String> file : config.getData().entrySet()) {
        Files.writeString(Path.of(configDir(), file.getKey()), file.getValue()); // what a config map volume does
      }
      URI scheduler = launch("scheduler", schedulerArgs, timeout);
      List<URI> gateways = new ArrayList<>();
      List<String> gatewayArgs = args(applied, Platform.GATEWAY);
      for (int i = 1; i <= gatewayReplicas; i++) {
        List<String> a = new ArrayList<>(gatewayArgs);
        a.set(a.indexOf("--scheduler") + 1, scheduler.toString());
        gateways.add(launch("gateway-" + i, a, timeout));
      }
      return new Endpoints(gateways, scheduler, List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The container's own arguments: one command line whether the scheduler is a pod or a process. */
  private static List<String> args(List<HasMetadata> applied, String deployment) {
    return applied.stream().filter(o -> o instanceof Deployment && o.getMetadata().getName().equals(deployment))
        .map(o -> ((Deployment) o).getSpec().getTemplate().getSpec().getContainers().get(0).getArgs()).findFirst()
        .orElseThrow();
  }

  private List<String> schedulerArgs(List<HasMetadata> applied) {
    List<String> a = new ArrayList<>(args(applied, Platform.SCHEDULER));
    a.set(a.indexOf("--state-dir") + 1, stateDir.resolve("scheduler").toString());
    return a;
  }

  private URI launch(String component, List<String> containerArgs, Duration timeout) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m",
        "-XX:+UseSerialGC", "-jar", platformJar.toString()));
    cmd.addAll(containerArgs);
    cmd.set(cmd.indexOf("--host") + 1, "127.0.0.1");
    cmd.set(cmd.indexOf("--port") + 1, "0");
    Path portFile = stateDir.resolve(component + ".port");
    Path logFile = stateDir.resolve("logs").resolve(component + ".log");
    Files.createDirectories(logFile.getParent());
    Files.deleteIfExists(portFile);
    cmd.addAll(List.of("--port-file", portFile.toString(), "--owner-pid", Long.toString(ProcessHandle.current().pid())));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    // Fabric8's own settings: the scheduler's pod driver talks to this API server, nothing else
    pb.environment().put("KUBERNETES_MASTER", client.getMasterUrl().toString());
    pb.environment().put("KUBERNETES_TRUST_CERTIFICATES", "true");
    pb.environment().put("KUBERNETES_AUTH_TRYKUBECONFIG", "false");
    pb.environment().put("KUBERNETES_AUTH_TRYSERVICEACCOUNT", "false");
    Process process = pb.start();
    processes.put(component, process);
    URI uri = awaitReady(component, process, portFile, logFile, timeout);
    ports.put(component, uri.getPort());
    log.accept(component + " at " + uri + " (pid " + process.pid() + ")");
    return uri;
  }

  private static URI awaitReady(String component, Process process, Path portFile, Path logFile, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    String last = "no port file yet";
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        throw new DeploymentException(component + " exited with status " + process.exitValue() + " before it was ready"
            + LogTail.describe(logFile, 8));
      }
      try {
        if (Files.isRegularFile(portFile)) {
          URI uri = URI.create("http://127.0.0.1:" + Integer.parseInt(Files.readString(portFile).trim()));
          int status = Http.get(uri.resolve("/readyz")).statusCode();
          if (status == 200) {
            return uri;
          }
          last = "readyz answered " + status;
        }
        Thread.sleep(100); // polling a process we started, with a deadline
      } catch (IOException | NumberFormatException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new DeploymentException(component + " was not ready within " + timeout.toSeconds() + "s (last: " + last
        + "); see " + logFile + LogTail.describe(logFile, 5));
  }

  @Override
  public List<ComponentProcess> processes() {
    return processes.entrySet().stream().filter(e -> e.getValue().isAlive())
        .map(e -> new ComponentProcess(e.getKey(), e.getValue().pid(), ports.getOrDefault(e.getKey(), 0), 0)).toList();
  }

  @Override
  public void stop() {
    List<Process> started = new ArrayList<>(processes.values());
    java.util.Collections.reverse(started);
    for (Process p : started) {
      p.destroy();
      try {
        if (!p.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
          p.destroyForcibly().waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    processes.clear();
  }
}
