package dev.gauntlet.platform.scheduler;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** One running pod as its driver sees it: where it listens and how to stop it. */
public interface PodHandle {

  /** The exit detail of a pod the kernel killed for memory (a container over its limit). */
  String OOM_KILLED = "OOMKilled";

  long pid();

  /** When the process started (epoch ms): a reused pid is never mistaken for this pod. */
  long pidStartedAt();

  /** {@code http://127.0.0.1:PORT} once the pod has told which port it bound; cheap to poll. */
  Optional<String> endpoint();

  boolean isAlive();

  /** Graceful asks the pod to stop (SIGTERM); forced ends it at once (SIGKILL). */
  void stop(boolean forced);

  /** Completes when the process ends, with a detail such as {@code exit status 137} or {@code exited}. */
  CompletableFuture<String> onExit();

  /** The Docker container the pod runs in; empty for a local process. */
  default Optional<String> containerId() {
    return Optional.empty();
  }

  /** Where to look when the pod misbehaves, e.g. {@code see DIR/pods/ID.log}. */
  String logHint();
}
