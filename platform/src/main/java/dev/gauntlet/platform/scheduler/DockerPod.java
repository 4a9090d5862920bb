package dev.gauntlet.platform.scheduler;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.WaitResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A pod that is a Docker container. Its exit detail says {@code OOMKilled} when the kernel killed
 * it for memory; once it has exited, its container is removed.
 */
final class DockerPod implements PodHandle {

  /** Stops are Docker API calls: off the scheduler's event loop, one at a time. */
  private static final ExecutorService STOPS = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "docker-pod-stop");
    t.setDaemon(true);
    return t;
  });

  private final DockerClient client;
  private final String containerId;
  private final long pid;
  private final long startedAt;
  private final Path portFile;
  private final Path log;
  private final CompletableFuture<String> exit = new CompletableFuture<>();
  private volatile String endpoint;

  private DockerPod(DockerClient client, String containerId, long pid, long startedAt, Path portFile, Path log) {
    this.client = client;
    this.containerId = containerId;
    this.pid = pid;
    this.startedAt = startedAt;
    this.portFile = portFile;
    this.log = log;
  }

  /** A handle on a running container, its exit watched through the API's wait. */
  static DockerPod watch(DockerClient client, String id, InspectContainerResponse c, Path portFile, Path log) {
    long started = c.getState().getStartedAt() == null ? 0 : Instant.parse(c.getState().getStartedAt()).toEpochMilli();
    Long pid = c.getState().getPidLong();
    DockerPod pod = new DockerPod(client, id, pid == null ? 0 : pid, started, portFile, log);
    client.waitContainerCmd(id).exec(new ResultCallback.Adapter<WaitResponse>() {
      @Override
      public void onComplete() {
        pod.exited();
      }

      @Override
      public void onError(Throwable e) {
        pod.exited();
      }
    });
    return pod;
  }

  private void exited() {
    String detail;
    try {
      InspectContainerResponse.ContainerState s = client.inspectContainerCmd(containerId).exec().getState();
      detail = Boolean.TRUE.equals(s.getOOMKilled()) ? OOM_KILLED : "exit status " + s.getExitCodeLong();
    } catch (RuntimeException e) {
      detail = "exited";
    }
    exit.complete(detail); // before the removal, which can take a while
    remove(client, containerId);
  }

  static void remove(DockerClient client, String id) {
    try {
      client.removeContainerCmd(id).withForce(true).exec();
    } catch (RuntimeException e) {
      // already gone, or being removed by someone else: either way it is not ours to keep
    }
  }

  @Override
  public long pid() {
    return pid;
  }

  @Override
  public long pidStartedAt() {
    return startedAt;
  }

  @Override
  public Optional<String> endpoint() {
    if (endpoint == null) {
      endpoint = LocalProcessPodDriver.endpointFrom(portFile).orElse(null);
    }
    return Optional.ofNullable(endpoint);
  }

  @Override
  public boolean isAlive() {
    return !exit.isDone();
  }

  @Override
  public void stop(boolean forced) {
    STOPS.execute(() -> {
      try {
        client.killContainerCmd(containerId).withSignal(forced ? "SIGKILL" : "SIGTERM").exec();
      } catch (RuntimeException e) {
        // not running any more: its exit is being reported
      }
    });
  }

  @Override
  public CompletableFuture<String> onExit() {
    return exit;
  }

  @Override
  public Optional<String> containerId() {
    return Optional.of(containerId);
  }

  @Override
  public String logHint() {
    return "see " + log + " (container " + containerId.substring(0, 12) + ")";
  }
}
