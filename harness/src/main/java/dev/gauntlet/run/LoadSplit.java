package dev.gauntlet.run;

import java.net.URI;

/**
 * How a run's load is split (docs/workers.md): over {@code workers} processes it starts
 * ({@code --workers N}, {@code on} local or kubernetes), or, in a run that is itself one shard of a
 * CI matrix ({@code --shard I/N}), only that shard's part.
 */
public record LoadSplit(int workers, String on, int shardIndex, int shardCount, OnKubernetes kubernetes) {

  public static final LoadSplit NONE = new LoadSplit(1, "local", 0, 0);

  public static final String LOCAL = "local";
  public static final String KUBERNETES = "kubernetes";

  public LoadSplit(int workers, String on, int shardIndex, int shardCount) {
    this(workers, on, shardIndex, shardCount, OnKubernetes.DEFAULTS);
  }

  public boolean overWorkers() {
    return workers > 1;
  }

  public boolean shard() {
    return shardCount > 0;
  }

  /**
   * The options of workers on Kubernetes; null fields take their defaults (docs/workers.md).
   *
   * @param namespace where the Job goes; null: the target's {@code kubernetes.namespace}, else gauntlet
   * @param image the harness image; null: {@code gauntlet-harness:local}
   * @param coordinatorUrl how the pods reach the coordinator; null: where it listens
   * @param coordinatorBind where the coordinator listens (also for local workers); null: 127.0.0.1
   */
  public record OnKubernetes(String namespace, String image, URI coordinatorUrl, String coordinatorBind) {
    public static final OnKubernetes DEFAULTS = new OnKubernetes(null, null, null, null);
  }
}
