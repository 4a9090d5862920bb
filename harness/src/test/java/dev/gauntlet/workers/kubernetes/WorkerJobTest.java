package dev.gauntlet.workers.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The Indexed Job and config map a split run puts on a cluster for its workers. */
class WorkerJobTest {

  static final WorkerJob JOB = new WorkerJob("perf", "registry.local/gauntlet-harness:1", "20261130-124512-Smoke run",
      4, URI.create("http://10.0.0.5:7070"), 960);

  @Test
  void theJobIsIndexedWithOnePodPerWorkerAndNoRetries() {
    Job job = JOB.job();
    assertThat(job.getMetadata().getName()).isEqualTo("gauntlet-workers-20261130-124512-smoke-run");
    assertThat(job.getMetadata().getNamespace()).isEqualTo("perf");
    assertThat(job.getSpec().getCompletionMode()).isEqualTo("Indexed");
    assertThat(job.getSpec().getCompletions()).isEqualTo(4);
    assertThat(job.getSpec().getParallelism()).isEqualTo(4);
    assertThat(job.getSpec().getBackoffLimit()).isZero();
    assertThat(job.getSpec().getActiveDeadlineSeconds()).isEqualTo(960);
    assertThat(job.getSpec().getTtlSecondsAfterFinished()).isEqualTo(WorkerJob.TTL_SECONDS);
    assertThat(job.getMetadata().getLabels()).containsEntry("gauntlet.dev/run", "20261130-124512-Smoke run")
        .containsEntry("app.kubernetes.io/component", "worker").containsEntry("app.kubernetes.io/part-of", "gauntlet");
    assertThat(job.getSpec().getTemplate().getMetadata().getLabels()).isEqualTo(job.getMetadata().getLabels());
  }

  @Test
  void eachPodRunsTheWorkerOnThePlanItMountsAndUploadsToTheCoordinator() {
    PodSpec pod = JOB.job().getSpec().getTemplate().getSpec();
    assertThat(pod.getRestartPolicy()).isEqualTo("Never");
    Container c = pod.getContainers().get(0);
    assertThat(c.getImage()).isEqualTo("registry.local/gauntlet-harness:1");
    assertThat(c.getCommand()).as("the image's entrypoint, the gauntlet CLI").isEmpty();
    assertThat(c.getArgs()).containsExactly("worker", "--plan", "/plan/plan.json", "--of", "4", "--out", "/work",
        "--coordinator", "http://10.0.0.5:7070", "--upload");
    assertThat(c.getEnv()).singleElement().satisfies(e -> {
      assertThat(e.getName()).isEqualTo("JOB_COMPLETION_INDEX");
      assertThat(e.getValueFrom().getFieldRef().getFieldPath())
          .isEqualTo("metadata.annotations['batch.kubernetes.io/job-completion-index']");
    });
    assertThat(c.getVolumeMounts()).extracting(m -> m.getName() + " " + m.getMountPath() + " " + m.getReadOnly())
        .containsExactly("plan /plan true", "work /work null");
    assertThat(pod.getVolumes().get(0).getConfigMap().getName()).isEqualTo(JOB.name());
    assertThat(pod.getVolumes().get(1).getEmptyDir()).isNotNull();
    assertThat(JOB.configMap("{}").getData()).containsOnlyKeys("plan.json");
    assertThat(JOB.configMap("{}").getMetadata().getLabels()).isEqualTo(JOB.labels());
  }

  @Test
  void aLongRunIdIsCutToANameItsPodsCanCarry() {
    WorkerJob job = new WorkerJob("perf", "i", "20261130-124512-" + "a".repeat(80), 2, URI.create("http://c:1"), 60);
    assertThat(job.name()).hasSizeLessThanOrEqualTo(52).startsWith("gauntlet-workers-20261130-124512-aaa")
        .doesNotEndWith("-");
    assertThat(new WorkerJob("perf", "i", null, 2, URI.create("http://c:1"), 60).name()).isEqualTo("gauntlet-workers");
  }

  @Test
  void theCoordinatorUrlTakesTheBoundPortWhenItNamesNone() {
    URI bound = URI.create("http://0.0.0.0:41234");
    assertThat(settings(null).advertised(bound)).isEqualTo(bound);
    assertThat(settings("http://10.0.0.5").advertised(bound)).isEqualTo(URI.create("http://10.0.0.5:41234"));
    assertThat(settings("http://10.0.0.5:7070").advertised(bound)).isEqualTo(URI.create("http://10.0.0.5:7070"));
  }

  private static JobSettings settings(String url) {
    return new JobSettings(null, "perf", "i", url == null ? null : URI.create(url), null);
  }
}
