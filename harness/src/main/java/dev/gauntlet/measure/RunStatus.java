package dev.gauntlet.measure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a run ended: the journal's {@code run_ended} status and summary.json's {@code status}, with
 * its wire text. {@link #toString()} is the text, so messages read as they always have.
 */
public enum RunStatus {
  /** The load ran to its end; its objectives are reported (enforcing them is the gate's job). */
  COMPLETED("completed"),
  /** An objective with {@code abortOnFail} could no longer be met, and the load was stopped. */
  ABORTED("aborted"),
  /** The run could not measure what it was for: a failing target, no interaction that succeeded, a harness error. */
  ERROR("error"),
  /** Stopped from outside (Ctrl-C, a signal, a kill): its journal has no {@code run_ended}. */
  INTERRUPTED("interrupted");

  private final String text;

  RunStatus(String text) {
    this.text = text;
  }

  @JsonValue
  public String text() {
    return text;
  }

  /** The status a text names; null for null (a line without one). */
  @JsonCreator
  public static RunStatus of(String text) {
    if (text == null) {
      return null;
    }
    for (RunStatus s : values()) {
      if (s.text.equals(text)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown run status '" + text + "' (known: "
        + Arrays.stream(values()).map(RunStatus::text).collect(Collectors.joining(", ")) + ")");
  }

  /** Of two ends of one run's parts, the one that speaks for the whole: error, then aborted, then completed. */
  public boolean worseThan(RunStatus other) {
    return other == null || severity() > other.severity();
  }

  private int severity() {
    return switch (this) {
      case COMPLETED -> 0;
      case ABORTED -> 1;
      case ERROR -> 2;
      case INTERRUPTED -> -1; // never chosen over an end that was reached
    };
  }

  @Override
  public String toString() {
    return text;
  }
}
