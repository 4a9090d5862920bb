package dev.gauntlet.platform.scheduler.kubernetes;

import dev.gauntlet.platform.common.StartupException;
import dev.gauntlet.platform.scheduler.KubernetesPods;
import dev.gauntlet.platform.scheduler.PodDriver;
import dev.gauntlet.platform.scheduler.PodHandle;
import dev.gauntlet.platform.scheduler.PodRecord;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runtime pods created through the Kubernetes API, owned by the scheduler's Deployment (so deleting
 * it deletes them), watched by one informer on the runtime label: readiness and ends come from the
 * pods' status, never from polling the API per pod.
 */
public final class KubernetesPodDriver implements PodDriver, AutoCloseable {

  private final KubernetesClient client;
  private final KubernetesPods config;
  private final List<String> jvmOptions;
  private final OwnerReference owner;
  private final Map<String, KubernetesPod> pods = new ConcurrentHashMap<>();
  private final SharedIndexInformer<Pod> informer;

  /** A driver on Fabric8's usual client config (in-cluster service account, kubeconfig, KUBERNETES_MASTER). */
  public static KubernetesPodDriver create(KubernetesPods config, List<String> jvmOptions) {
    return new KubernetesPodDriver(new KubernetesClientBuilder().build(), config, jvmOptions);
  }

  public KubernetesPodDriver(KubernetesClient client, KubernetesPods config, List<String> jvmOptions) {
    this.client = client;
    this.config = config;
    this.jvmOptions = List.copyOf(jvmOptions);
    this.owner = owner(client, config);
    this.informer = client.pods().inNamespace(config.namespace()).withLabel(PodTemplate.COMPONENT, "runtime")
        .inform(new Events(), 0);
  }

  private static OwnerReference owner(KubernetesClient client, KubernetesPods config) {
    Deployment d;
    try {
      d = client.apps().deployments().inNamespace(config.namespace()).withName(config.owner()).get();
    } catch (KubernetesClientException e) {
      throw new StartupException("cannot read Deployment " + config.namespace() + "/" + config.owner() + " on "
          + client.getMasterUrl() + ": " + e.getMessage(), "give the scheduler's service account 'get' on it (its Role)");
    }
    if (d == null) {
      throw new StartupException("no Deployment " + config.namespace() + "/" + config.owner() + " on "
          + client.getMasterUrl() + " to own the runtime pods", "apply the manifests (gauntlet k8s manifests) first");
    }
    return new OwnerReferenceBuilder().withApiVersion("apps/v1").withKind("Deployment").withName(config.owner())
        .withUid(d.getMetadata().getUid()).withController(false).withBlockOwnerDeletion(false).build();
  }

  @Override
  public PodHandle create(PodRequest request) throws IOException {
    try {
      Pod created = client.pods().inNamespace(config.namespace())
          .resource(PodTemplate.of(config, jvmOptions, owner, request)).create();
      return track(created);
    } catch (KubernetesClientException e) {
      throw new IOException("creating pod " + config.namespace() + "/" + request.podId() + " answered " + e.getCode()
          + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<PodHandle> adopt(PodRecord record) {
    Pod pod = client.pods().inNamespace(config.namespace()).withName(record.id()).get();
    if (pod == null || pod.getMetadata().getDeletionTimestamp() != null || PodStatuses.ended(pod)
        || PodStatuses.createdAt(pod) != record.pidStartedAt()) {
      return Optional.empty();
    }
    return Optional.of(track(pod));
  }

  /** A handle for the pod, brought up to what the informer already saw (it may have seen it first). */
  private KubernetesPod track(Pod pod) {
    KubernetesPod handle = pods.computeIfAbsent(pod.getMetadata().getName(), n -> new KubernetesPod(client, pod));
    Pod cached = informer.getStore().getByKey(config.namespace() + "/" + pod.getMetadata().getName());
    if (cached != null && PodStatuses.createdAt(cached) == handle.pidStartedAt()) {
      handle.seen(cached);
    }
    return handle;
  }

  @Override
  public void close() {
    informer.close();
    client.close();
  }

  /** The informer's view of every runtime pod, handed to the handle of the same name. */
  private final class Events implements ResourceEventHandler<Pod> {
    @Override
    public void onAdd(Pod pod) {
      onUpdate(null, pod);
    }

    @Override
    public void onUpdate(Pod before, Pod pod) {
      KubernetesPod handle = pods.get(pod.getMetadata().getName());
      if (handle != null && PodStatuses.createdAt(pod) == handle.pidStartedAt()) {
        handle.seen(pod);
      }
    }

    @Override
    public void onDelete(Pod pod, boolean finalStateUnknown) {
      KubernetesPod handle = pods.get(pod.getMetadata().getName());
      if (handle != null && PodStatuses.createdAt(pod) == handle.pidStartedAt()) {
        pods.remove(pod.getMetadata().getName(), handle);
        handle.deleted();
      }
    }
  }
}
