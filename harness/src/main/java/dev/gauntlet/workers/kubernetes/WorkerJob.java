package dev.gauntlet.workers.kubernetes;

import dev.gauntlet.deploy.kubernetes.Labels;
import dev.gauntlet.workers.WorkerArgs;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import dev.gauntlet.load.Plan;
import java.net.URI;
import java.time.Duration;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A split run's workers as Kubernetes objects (docs/workers.md, "Workers on Kubernetes"): a config
 * map holding the run's {@code plan.json}, and an Indexed Job of {@code count} pods of the harness
 * image, each running {@code gauntlet worker} on the shard its completion index names and uploading
 * its results to the coordinator. No retries: a shard started again after the shared start would
 * load late and send its journal twice.
 *
 * @param runId labels both objects ({@link Labels#RUN}) and names them; null for objects a user applies
 * @param activeDeadlineSeconds how long the pods may run in all, so workers whose coordinator died stop
 */
public record WorkerJob(String namespace, String image, String runId, int count, URI coordinator,
    long activeDeadlineSeconds) {

  /** The harness image {@code --on kubernetes} and {@code k8s job} use without {@code --image}. */
  public static final String DEFAULT_IMAGE = "gauntlet-harness:local";
  public static final String COMPONENT = "worker";
  /** Where the config map is mounted in each pod, and its one key. */
  public static final String PLAN_DIR = "/plan";
  public static final String PLAN_KEY = "plan.json";
  /** The worker's own files, an emptyDir: they leave the pod by upload. */
  public static final String WORK_DIR = "/work";
  /** The annotation (and, from Kubernetes 1.28, label) an Indexed Job's pod has its index in. */
  public static final String INDEX_ANNOTATION = "batch.kubernetes.io/job-completion-index";
  /** A Job that finished is deleted by the cluster after this long, should its run not do it. */
  static final int TTL_SECONDS = 600;
  private static final Duration MARGIN = Duration.ofMinutes(15);
  private static final int MAX_NAME = 52; // pods are named <job>-<index>-<5 chars>, within 63

  /** {@code gauntlet-workers-<run id>}, or {@code gauntlet-workers} when printed for a user. */
  public String name() {
    if (runId == null) {
      return "gauntlet-workers";
    }
    String name = ("gauntlet-workers-" + runId.toLowerCase()).replaceAll("[^a-z0-9-]+", "-");
    return name.substring(0, Math.min(MAX_NAME, name.length())).replaceAll("-+$", "");
  }

  public Map<String, String> labels() {
    return Labels.of(COMPONENT, runId);
  }

  /**
   * How long the Job's pods may run: the load's ramp and hold, and a margin for the wait at the start
   * barrier and the uploads.
   */
  public static long activeDeadlineSeconds(Plan plan) {
    return Duration.ofMillis(plan.rampMillis() + plan.holdMillis()).plus(MARGIN).toSeconds();
  }

  /** The config map with {@code plan} first (the pods mount it), then the Job. */
  public List<HasMetadata> objects(Plan plan) {
    return List.of(configMap(JobPlans.json(plan)), job());
  }

  public ConfigMap configMap(String planJson) {
    return new ConfigMapBuilder().withNewMetadata().withName(name()).withNamespace(namespace).withLabels(labels())
        .endMetadata().withData(Map.of(PLAN_KEY, planJson)).build();
  }

  public Job job() {
    List<String> args = new WorkerArgs(Path.of(PLAN_DIR, PLAN_KEY), 0, count, Path.of(WORK_DIR), coordinator, true, 0)
        .args();
    return new JobBuilder().withNewMetadata().withName(name()).withNamespace(namespace).withLabels(labels())
        .endMetadata()
        .withNewSpec().withCompletionMode("Indexed").withCompletions(count).withParallelism(count)
        .withBackoffLimit(0).withActiveDeadlineSeconds(activeDeadlineSeconds).withTtlSecondsAfterFinished(TTL_SECONDS)
        .withNewTemplate().withNewMetadata().withLabels(labels()).endMetadata()
        .withNewSpec().withRestartPolicy("Never")
        .addNewContainer().withName(COMPONENT).withImage(image).withArgs(args)
        // set by Kubernetes itself from 1.22; given explicitly so the pod says where its shard comes from
        .withEnv(new EnvVarBuilder().withName(WorkerArgs.JOB_INDEX_ENV).withNewValueFrom().withNewFieldRef()
            .withFieldPath("metadata.annotations['" + INDEX_ANNOTATION + "']").endFieldRef().endValueFrom().build())
        .addNewVolumeMount().withName("plan").withMountPath(PLAN_DIR).withReadOnly(true).endVolumeMount()
        .addNewVolumeMount().withName("work").withMountPath(WORK_DIR).endVolumeMount()
        .endContainer()
        .addNewVolume().withName("plan").withNewConfigMap().withName(name()).endConfigMap().endVolume()
        .addNewVolume().withName("work").withNewEmptyDir().endEmptyDir().endVolume()
        .endSpec().endTemplate().endSpec().build();
  }
}
