package dev.gauntlet.deploy.internal;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Volume;
import com.github.dockerjava.api.model.WaitResponse;
import dev.gauntlet.deploy.Target;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts the scheduler and the gateways as containers of the platform image: host network, the
 * state dir (and for the scheduler the app specs and the Docker socket) mounted at their own
 * paths, labelled with the run. Remembers each component's current container for faults.
 */
final class ContainerSpawn implements ComponentLauncher.Spawn {

  private final DockerClient docker;
  private final LocalSettings settings;
  private final Map<String, String> current = new ConcurrentHashMap<>();

  ContainerSpawn(DockerClient docker, LocalSettings settings) {
    this.docker = docker;
    this.settings = settings;
  }

  @Override
  public Child start(String component, List<String> command, Path log) throws IOException {
    String root = settings.paths().root().toString();
    List<Bind> binds = new ArrayList<>(List.of(new Bind(root, new Volume(root))));
    if (component.equals(Target.SCHEDULER)) {
      binds.add(new Bind(DockerApi.SOCKET_PATH, new Volume(DockerApi.SOCKET_PATH)));
      settings.target().apps().stream().map(a -> a.spec().toAbsolutePath().getParent().toString()).distinct()
          .forEach(dir -> binds.add(new Bind(dir, new Volume(dir), AccessMode.ro)));
    }
    Map<String, String> labels = new HashMap<>(settings.docker().labels());
    labels.put(DockerApi.COMPONENT, component.equals(Target.SCHEDULER) ? Target.SCHEDULER : Target.GATEWAY);
    labels.put(DockerApi.NAME, component);
    String id;
    try {
      id = docker.createContainerCmd(settings.docker().image()).withCmd(command).withLabels(labels)
          .withEnv("GAUNTLET_LOG_FILE=" + log)
          .withHostConfig(HostConfig.newHostConfig().withNetworkMode("host").withBinds(binds)).exec().getId();
      docker.startContainerCmd(id).exec();
    } catch (RuntimeException e) {
      throw new IOException("docker could not start " + component + ": " + e.getMessage(), e);
    }
    current.put(component, id);
    Long pid = docker.inspectContainerCmd(id).exec().getState().getPidLong();
    return new ContainerChild(docker, id, pid == null ? -1 : pid);
  }

  /** The container a component runs in now, or null. */
  String containerOf(String component) {
    return current.get(component);
  }

  /** A component's container as the supervisor sees it; removed once it has exited. */
  private static final class ContainerChild implements Child {

    private final DockerClient docker;
    private final String id;
    private final long pid;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();

    ContainerChild(DockerClient docker, String id, long pid) {
      this.docker = docker;
      this.id = id;
      this.pid = pid;
      docker.waitContainerCmd(id).exec(new ResultCallback.Adapter<WaitResponse>() {
        private volatile Integer status;

        @Override
        public void onNext(WaitResponse response) {
          status = response.getStatusCode();
        }

        @Override
        public void onComplete() {
          exited(status);
        }

        @Override
        public void onError(Throwable e) {
          exited(status);
        }
      });
    }

    private void exited(Integer status) {
      try {
        docker.removeContainerCmd(id).withForce(true).exec();
      } catch (RuntimeException e) {
        // already removed (stop() sweeps by label too)
      }
      exit.complete(status == null ? -1 : status);
    }

    @Override
    public long pid() {
      return pid;
    }

    @Override
    public CompletableFuture<Integer> exit() {
      return exit;
    }

    @Override
    public void destroy(boolean force) {
      try {
        docker.killContainerCmd(id).withSignal(force ? "SIGKILL" : "SIGTERM").exec();
      } catch (RuntimeException e) {
        // not running any more
      }
    }

    @Override
    public String toString() {
      return "container " + id.substring(0, 12);
    }
  }
}
