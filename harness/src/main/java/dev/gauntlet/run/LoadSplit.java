package dev.gauntlet.run;

/**
 * How a run's load is split (docs/workers.md): over {@code workers} processes it starts
 * ({@code --workers N}, {@code on} local or kubernetes), or, in a run that is itself one shard of a
 * CI matrix ({@code --shard I/N}), only that shard's part.
 */
public record LoadSplit(int workers, String on, int shardIndex, int shardCount) {

  public static final LoadSplit NONE = new LoadSplit(1, "local", 0, 0);

  public static final String LOCAL = "local";
  public static final String KUBERNETES = "kubernetes";

  public boolean overWorkers() {
    return workers > 1;
  }

  public boolean shard() {
    return shardCount > 0;
  }
}
