package dev.gauntlet.platform.scheduler;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Volume;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pods as Docker containers of the platform's own image: host network (the runtime binds port 0
 * and writes its port file, as a local pod does), the pool's CPU and memory limits, labelled with
 * the run, the pod and the app. Paths are the host's: the state dir and each spec's folder are
 * mounted at the same path, so files mean the same inside and out.
 */
final class DockerPodDriver implements PodDriver {

  private final Path stateDir;
  private final Path podsDir;
  private final SchedulerConfig config;
  private final SchedulerConfig.Docker docker;
  private final DockerClient client = DockerClients.local();
  private final String java = ProcessHandle.current().info().command().orElse("/opt/java/bin/java");
  private final String classPath = Path.of(System.getProperty("java.class.path").split(File.pathSeparator)[0])
      .toAbsolutePath().toString();

  DockerPodDriver(Path stateDir, SchedulerConfig config, SchedulerConfig.Docker docker) {
    this.stateDir = stateDir;
    this.podsDir = stateDir.resolve("pods");
    this.config = config;
    this.docker = docker;
  }

  @Override
  public PodHandle create(PodRequest request) throws IOException {
    Files.createDirectories(podsDir);
    Path portFile = podsDir.resolve(request.podId() + ".port");
    Path log = podsDir.resolve(request.podId() + ".log");
    Files.deleteIfExists(portFile);
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    cmd.addAll(config.runtime().jvmOptions());
    cmd.addAll(List.of("-cp", classPath, "dev.gauntlet.platform.Main", "runtime",
        "--app-spec", request.spec().toString(), "--pod-id", request.podId(),
        "--port", "0", "--port-file", portFile.toString()));
    Path specDir = request.spec().toAbsolutePath().getParent();
    HostConfig host = HostConfig.newHostConfig().withNetworkMode("host")
        .withBinds(new Bind(stateDir.toString(), new Volume(stateDir.toString())),
            new Bind(specDir.toString(), new Volume(specDir.toString()), AccessMode.ro));
    config.pool(request.app()).ifPresent(pool -> {
      pool.cpus().ifPresent(c -> host.withNanoCPUs(Math.round(c * 1e9)));
      // no swap beyond the limit: a pod over it is killed by the kernel (State.OOMKilled)
      pool.memoryBytes().ifPresent(m -> host.withMemory(m).withMemorySwap(m));
    });
    String id;
    try {
      id = client.createContainerCmd(docker.image()).withCmd(cmd)
          .withEnv("GAUNTLET_LOG_FILE=" + log)
          .withLabels(labels(request))
          .withHostConfig(host).exec().getId();
      client.startContainerCmd(id).exec();
    } catch (RuntimeException e) {
      throw new IOException("docker could not start a container of " + docker.image() + ": " + e.getMessage(), e);
    }
    return DockerPod.watch(client, id, client.inspectContainerCmd(id).exec(), portFile, log);
  }

  private Map<String, String> labels(PodRequest request) {
    Map<String, String> labels = new HashMap<>(docker.labels());
    labels.put("dev.gauntlet.pod", request.podId());
    labels.put("dev.gauntlet.component", "runtime");
    labels.put("dev.gauntlet.app", request.app());
    return labels;
  }

  @Override
  public Optional<PodHandle> adopt(PodRecord record) {
    if (record.containerId() == null) {
      return Optional.empty();
    }
    try {
      InspectContainerResponse c = client.inspectContainerCmd(record.containerId()).exec();
      if (!Boolean.TRUE.equals(c.getState().getRunning())) {
        DockerPod.remove(client, record.containerId());
        return Optional.empty();
      }
      return Optional.of(DockerPod.watch(client, record.containerId(), c,
          podsDir.resolve(record.id() + ".port"), podsDir.resolve(record.id() + ".log")));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }
}
