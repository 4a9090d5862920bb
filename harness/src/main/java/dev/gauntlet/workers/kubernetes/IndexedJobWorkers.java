package dev.gauntlet.workers.kubernetes;

import dev.gauntlet.deploy.Deployments;
import dev.gauntlet.load.Plan;
import dev.gauntlet.merge.WorkerFiles;
import dev.gauntlet.workers.WorkerLauncher;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Workers as the pods of an Indexed Job ({@link WorkerJob}): creates the plan's config map and the
 * Job, follows the pods until every worker has ended ({@link WorkerEnd}), keeps each pod's log as the
 * worker's {@code worker.log}, and at the end deletes the Job, its pods and the config map. Mutable.
 */
public final class IndexedJobWorkers implements WorkerLauncher {

  private static final Duration LOOK_EVERY = Duration.ofMillis(500);
  /** The API server may not answer for this long before the workers count as lost. */
  private static final Duration UNREACHABLE = Duration.ofSeconds(60);

  private final KubernetesClient client;
  private final boolean ownsClient;
  private final JobSettings settings;
  private final Consumer<String> log;
  private IntFunction<Optional<Integer>> reported = worker -> Optional.empty();
  private WorkerJob job;
  private Path runDir;
  private boolean closed;

  private IndexedJobWorkers(KubernetesClient client, boolean ownsClient, JobSettings settings, Consumer<String> log) {
    this.client = client;
    this.ownsClient = ownsClient;
    this.settings = settings;
    this.log = log;
  }

  /** On the cluster {@code client} reaches; the client stays open at the end (a test's mock). */
  public static IndexedJobWorkers on(KubernetesClient client, JobSettings settings, Consumer<String> log) {
    return new IndexedJobWorkers(client, false, settings, log);
  }

  /** On the cluster of the settings' kubeconfig context; the client is closed at the end. */
  public static IndexedJobWorkers connect(JobSettings settings, Consumer<String> log) {
    return new IndexedJobWorkers(Deployments.client(settings.context()), true, settings, log);
  }

  @Override
  public void reportedEnds(IntFunction<Optional<Integer>> reported) {
    this.reported = reported;
  }

  @Override
  public synchronized void start(Path planJson, int count, URI coordinator, Path runDir) throws IOException {
    if (closed) {
      throw new IllegalStateException("the workers were stopped before their Job was created");
    }
    this.runDir = runDir;
    Plan plan = Plan.read(planJson);
    String planText = Files.readString(planJson);
    if (settings.entryPoints() != null) {
      plan = JobPlans.withEntryPoints(plan, settings.entryPoints());
      planText = JobPlans.json(plan);
    }
    job = new WorkerJob(settings.namespace(), settings.image(), plan.runId(), count, settings.advertised(coordinator),
        WorkerJob.activeDeadlineSeconds(plan));
    JobPlans.loopback(plan).ifPresent(host -> log.accept("load: warning: the plan's entry points are on " + host
        + ", which in a pod is the pod itself; give the workers a target they reach (docs/workers.md)"));
    try {
      client.configMaps().resource(job.configMap(planText)).create();
      Job created = client.batch().v1().jobs().resource(job.job()).create();
      // owned by the Job: deleting it (or its ttl) deletes the plan too, should this run not get to
      client.configMaps().inNamespace(job.namespace()).withName(job.name()).edit(m -> ownedBy(m, created));
    } catch (KubernetesClientException e) {
      throw new IllegalStateException("cannot create the workers' Job " + job.name() + " in namespace "
          + job.namespace() + " at " + client.getMasterUrl() + ": " + e.getMessage() + " (does the namespace exist, "
          + "and may your kubeconfig user create jobs and configmaps there?)", e);
    }
    log.accept("load: Job " + job.namespace() + "/" + job.name() + " of " + count + " workers (image " + job.image()
        + ") reporting to " + job.coordinator());
  }

  private static ConfigMap ownedBy(ConfigMap map, Job job) {
    map.getMetadata().setOwnerReferences(List.of(new OwnerReferenceBuilder().withApiVersion("batch/v1")
        .withKind("Job").withName(job.getMetadata().getName()).withUid(job.getMetadata().getUid()).build()));
    return map;
  }

  @Override
  public List<Integer> await(WorkerEnded onEach) throws InterruptedException {
    WorkerJob watched;
    synchronized (this) {
      watched = job;
    }
    List<Integer> statuses = new ArrayList<>(Collections.nCopies(watched.count(), 1));
    Set<Integer> ended = new HashSet<>();
    long lastAnswer = System.nanoTime();
    while (ended.size() < watched.count()) {
      List<WorkerEnd> ends;
      try {
        Job now = client.batch().v1().jobs().inNamespace(watched.namespace()).withName(watched.name()).get();
        List<Pod> pods = client.pods().inNamespace(watched.namespace()).withLabels(watched.labels()).list().getItems();
        ends = WorkerEnd.look(watched.name(), now, pods, watched.count(), ended, reported);
        lastAnswer = System.nanoTime();
      } catch (KubernetesClientException e) {
        if (System.nanoTime() - lastAnswer < UNREACHABLE.toNanos()) {
          ends = List.of();
        } else {
          ends = WorkerEnd.lost(watched.count(), ended, "the API server at " + client.getMasterUrl() + " did not answer for "
              + UNREACHABLE.toSeconds() + " s: " + e.getMessage());
        }
      }
      for (WorkerEnd end : ends) {
        ended.add(end.worker());
        statuses.set(end.worker() - 1, end.status());
        PodLogs.keep(client, watched.namespace(), end, workerDir(end.worker()));
        if (end.status() != 0) {
          log.accept("load: worker " + end.worker() + ": " + end.why());
        }
        onEach.ended(end.worker(), end.status());
      }
      if (ended.size() < watched.count()) {
        Thread.sleep(LOOK_EVERY.toMillis()); // a look is two API reads: twice a second is plenty
      }
    }
    return statuses;
  }

  private Path workerDir(int worker) {
    return runDir.resolve(WorkerFiles.WORKERS_DIR).resolve(Integer.toString(worker));
  }

  /** Deletes the Job (its pods go with it), any pod of it still listed, and the plan's config map. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (job != null) {
        JobCleanup.delete(client, job, log);
      }
    } finally {
      if (ownsClient) {
        client.close();
      }
    }
  }
}
