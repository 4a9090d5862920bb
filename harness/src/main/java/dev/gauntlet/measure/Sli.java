package dev.gauntlet.measure;

/** The latencies a run records into histograms; the file is {@code histograms/<name>.hlog}. */
public enum Sli {
  TTFR("ttfr_ms"),
  RERUN("rerun_ms"),
  FAILOVER("failover_ms");

  private final String fileName;

  Sli(String fileName) {
    this.fileName = fileName;
  }

  /** The SLI's name in files and in summary.json, e.g. {@code ttfr_ms}. */
  public String fileName() {
    return fileName;
  }
}
