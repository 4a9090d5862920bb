package dev.gauntlet.workers.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How each worker of a Job ended, from its pod, the Job and what the coordinator heard. */
class WorkerEndTest {

  static final Job RUNNING = new JobBuilder().withNewMetadata().withName("w").endMetadata().build();

  @Test
  void aPodThatSucceededOrFailedEndsItsWorkerWithItsExitStatus() {
    List<WorkerEnd> ends = WorkerEnd.look("w", RUNNING, List.of(pod(0, "Succeeded", 0, null), pod(1, "Failed", 3,
        "Error"), pod(2, "Running", null, null)), 3, Set.of(), w -> Optional.empty());
    assertThat(ends).extracting(WorkerEnd::worker, WorkerEnd::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1, 0), org.assertj.core.groups.Tuple.tuple(2, 3));
    assertThat(ends.get(1).why()).isEqualTo("pod w-1 failed: Error, exit status 3");
  }

  @Test
  void whatTheWorkerReportedCountsOnceItsPodSaysNoMoreAndAnEndedWorkerIsNotSeenTwice() {
    assertThat(WorkerEnd.look("w", RUNNING, List.of(pod(0, "Running", null, null)), 2, Set.of(2),
        w -> w == 1 ? Optional.of(5) : Optional.empty())).as("its pod is still exiting").isEmpty();
    List<WorkerEnd> ends = WorkerEnd.look("w", RUNNING, List.of(pod(1, "Unknown", null, null)), 3, Set.of(3),
        w -> Optional.of(w + 4));
    assertThat(ends).extracting(e -> e.worker() + "/" + e.status() + ": " + e.why()).containsExactly(
        "1/5: its pod is gone; it reported status 5 to the coordinator",
        "2/6: its pod says no more; it reported status 6 to the coordinator");
  }

  @Test
  void anImageThatCannotBePulledEndsTheWorker() {
    Pod pod = new PodBuilder(pod(0, "Pending", null, null)).editStatus().addNewContainerStatus().withNewState()
        .withNewWaiting().withReason("ImagePullBackOff").withMessage("pull access denied").endWaiting().endState()
        .endContainerStatus().endStatus().build();
    assertThat(WorkerEnd.look("w", RUNNING, List.of(pod), 1, Set.of(), w -> Optional.empty())).singleElement()
        .satisfies(e -> assertThat(e.why()).isEqualTo("pod w-0 cannot start its container: ImagePullBackOff (pull "
            + "access denied)"));
  }

  @Test
  void aFailedOrDeletedJobEndsEveryWorkerStillOn() {
    Job failed = new JobBuilder(RUNNING).withNewStatus().addNewCondition().withType("Failed").withStatus("True")
        .withReason("DeadlineExceeded").withMessage("Job was active longer than specified deadline").endCondition()
        .endStatus().build();
    assertThat(WorkerEnd.look("w", failed, List.of(), 2, Set.of(), w -> Optional.empty()))
        .extracting(WorkerEnd::status, WorkerEnd::why).containsOnly(org.assertj.core.groups.Tuple.tuple(1,
            "Job w failed: DeadlineExceeded: Job was active longer than specified deadline"));
    assertThat(WorkerEnd.look("w", null, List.of(), 2, Set.of(1), w -> Optional.empty())).singleElement()
        .satisfies(e -> assertThat(e.why()).isEqualTo("Job w was deleted before this worker ended"));
    assertThat(WorkerEnd.look("w", RUNNING, List.of(), 2, Set.of(), w -> Optional.empty())).isEmpty();
  }

  @Test
  void theFailedPodIsToldBeforeTheWorkersTheFailedJobTookDown() {
    Job failed = new JobBuilder(RUNNING).withNewStatus().addNewCondition().withType("Failed").withStatus("True")
        .withReason("BackoffLimitExceeded").endCondition().endStatus().build();
    assertThat(WorkerEnd.look("w", failed, List.of(pod(1, "Failed", 137, "OOMKilled")), 2, Set.of(),
        w -> Optional.empty())).extracting(WorkerEnd::worker, WorkerEnd::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple(2, 137), org.assertj.core.groups.Tuple.tuple(1, 1));
  }

  private static Pod pod(int index, String phase, Integer exit, String reason) {
    PodBuilder b = new PodBuilder().withNewMetadata().withName("w-" + index)
        .withAnnotations(Map.of(WorkerJob.INDEX_ANNOTATION, Integer.toString(index))).endMetadata();
    var status = b.withNewStatus().withPhase(phase);
    if (exit != null) {
      status.addNewContainerStatus().withNewState().withNewTerminated().withExitCode(exit).withReason(reason)
          .endTerminated().endState().endContainerStatus();
    }
    return status.endStatus().build();
  }
}
