package dev.gauntlet.analysis;

/** The names of a run directory's files (docs/run.md), for whoever writes or reads them. */
public final class RunFiles {

  public static final String JOURNAL = "journal.jsonl";
  public static final String PLACEMENTS = "placements.json";
  public static final String EVENTS = "events.json";
  public static final String SUMMARY = "summary.json";
  public static final String PLAN = "plan.json";
  /** Pod start-up phases from pod conditions (kubernetes kinds only). */
  public static final String POD_STARTUPS = "pod-startups.json";

  /** Every component's scrapes, a {@code <id>.prom} each, and {@code resources.jsonl} (docs/observability.md). */
  public static final String METRICS = "metrics";
  /** Inside {@link #METRICS}: each component's CPU seconds and memory, a line a second. */
  public static final String RESOURCES = "resources.jsonl";
  /** The PromQL objectives' values, queried at the run's end (docs/observability.md). */
  public static final String PROMQL = "promql.json";
  /** Where the harness's metrics and the run's Prometheus answered. */
  public static final String OBSERVABILITY = "observability.json";

  private RunFiles() {}
}
