package dev.gauntlet.workers.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStateWaiting;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * How a worker of the Job ended, read from what the cluster and the coordinator say: its pod's phase
 * and exit status (the whole worker, uploads included); when the pod says nothing more (gone, its
 * node lost, its Job failed or deleted), the status the worker reported to the coordinator; else the
 * Job's failure.
 *
 * @param worker from 1 (the pod's completion index + 1)
 * @param pod the pod's name; null when the worker never had one
 */
record WorkerEnd(int worker, int status, String pod, String why) {

  /** A container waiting for one of these will not start by itself: the worker has failed. */
  private static final Set<String> CANNOT_START = Set.of("ErrImagePull", "ImagePullBackOff", "InvalidImageName",
      "CreateContainerConfigError", "CreateContainerError");

  /**
   * The ends seen now of the workers not in {@code ended}.
   *
   * @param job the Job as it is now; null when it is gone
   * @param reported the status each worker reported to the coordinator, if it did
   */
  static List<WorkerEnd> look(String jobName, Job job, List<Pod> pods, int count, Set<Integer> ended,
      IntFunction<Optional<Integer>> reported) {
    List<WorkerEnd> ends = new ArrayList<>();
    List<WorkerEnd> byTheJob = new ArrayList<>(); // after the others: a failed pod is why the Job failed
    for (int worker = 1; worker <= count; worker++) {
      if (ended.contains(worker)) {
        continue;
      }
      Pod pod = podOf(pods, worker - 1);
      String name = pod == null ? null : pod.getMetadata().getName();
      WorkerEnd end = pod != null ? fromPod(worker, pod) : null;
      Optional<Integer> said = reported.apply(worker);
      boolean noWordFromThePod = pod == null || "Unknown".equals(pod.getStatus() == null ? null
          : pod.getStatus().getPhase()) || job == null || failed(job).isPresent();
      if (end == null && said.isPresent() && noWordFromThePod) {
        end = new WorkerEnd(worker, said.get(), name, "its pod " + (pod == null ? "is gone" : "says no more")
            + "; it reported status " + said.get() + " to the coordinator");
      }
      if (end != null) {
        ends.add(end);
      } else if (job == null) {
        byTheJob.add(new WorkerEnd(worker, 1, null, "Job " + jobName + " was deleted before this worker ended"));
      } else if (failed(job).isPresent()) {
        byTheJob.add(new WorkerEnd(worker, 1, name, "Job " + jobName + " failed: " + failed(job).get()));
      }
    }
    ends.addAll(byTheJob);
    return ends;
  }

  /** Every worker not in {@code ended}, lost for the same reason (no word from the cluster at all). */
  static List<WorkerEnd> lost(int count, Set<Integer> ended, String why) {
    List<WorkerEnd> ends = new ArrayList<>();
    for (int worker = 1; worker <= count; worker++) {
      if (!ended.contains(worker)) {
        ends.add(new WorkerEnd(worker, 1, null, why));
      }
    }
    return ends;
  }

  /** The newest pod of that completion index (with no retries there is one). */
  private static Pod podOf(List<Pod> pods, int index) {
    return pods.stream().filter(p -> Integer.toString(index).equals(p.getMetadata().getAnnotations() == null ? null
            : p.getMetadata().getAnnotations().get(WorkerJob.INDEX_ANNOTATION)))
        .max(Comparator.comparing(p -> String.valueOf(p.getMetadata().getCreationTimestamp()))).orElse(null);
  }

  private static WorkerEnd fromPod(int worker, Pod pod) {
    String name = pod.getMetadata().getName();
    String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
    ContainerStatus container = pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null
        || pod.getStatus().getContainerStatuses().isEmpty() ? null : pod.getStatus().getContainerStatuses().get(0);
    if ("Succeeded".equals(phase)) {
      return new WorkerEnd(worker, 0, name, "pod " + name + " succeeded");
    }
    if ("Failed".equals(phase)) {
      ContainerStateTerminated t = container == null || container.getState() == null ? null
          : container.getState().getTerminated();
      int exit = t == null || t.getExitCode() == null || t.getExitCode() == 0 ? 1 : t.getExitCode();
      String reason = t != null && t.getReason() != null ? t.getReason()
          : pod.getStatus().getReason() != null ? pod.getStatus().getReason() : "Failed";
      String message = t != null && t.getMessage() != null ? t.getMessage() : pod.getStatus().getMessage();
      return new WorkerEnd(worker, exit, name, "pod " + name + " failed: " + reason + ", exit status " + exit
          + (message == null ? "" : " (" + message.strip() + ")"));
    }
    ContainerStateWaiting w = container == null || container.getState() == null ? null
        : container.getState().getWaiting();
    if (w != null && CANNOT_START.contains(w.getReason())) {
      return new WorkerEnd(worker, 1, name, "pod " + name + " cannot start its container: " + w.getReason()
          + (w.getMessage() == null ? "" : " (" + w.getMessage().strip() + ")"));
    }
    return null;
  }

  private static Optional<String> failed(Job job) {
    if (job.getStatus() == null || job.getStatus().getConditions() == null) {
      return Optional.empty();
    }
    for (JobCondition c : job.getStatus().getConditions()) {
      if ("Failed".equals(c.getType()) && "True".equals(c.getStatus())) {
        return Optional.of(c.getReason() + (c.getMessage() == null ? "" : ": " + c.getMessage()));
      }
    }
    return Optional.empty();
  }
}
