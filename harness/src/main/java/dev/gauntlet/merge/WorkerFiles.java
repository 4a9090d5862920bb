package dev.gauntlet.merge;

/** The files a load worker leaves in its directory beside a run's journal, plan and histograms. */
public final class WorkerFiles {

  /** What the worker was given and how it ended: a {@link dev.gauntlet.analysis.Workers.Worker}. */
  public static final String WORKER = "worker.json";

  /** Under a run dir, worker i's directory is {@code workers/<i>}. */
  public static final String WORKERS_DIR = "workers";

  private WorkerFiles() {}
}
