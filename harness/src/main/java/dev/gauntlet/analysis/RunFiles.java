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

  private RunFiles() {}
}
