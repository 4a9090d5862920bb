package dev.gauntlet.protocol.client;

import java.time.Duration;

/** A run did not finish in time; the message names what was awaited and what was seen. */
public final class RunTimeoutException extends RuntimeException {
  public RunTimeoutException(String awaited, Duration timeout, String seenSoFar, boolean socketOpen) {
    super("timed out after " + timeout.toMillis() + " ms awaiting " + awaited + "; seen so far: "
        + seenSoFar + "; socket " + (socketOpen ? "open" : "closed")
        + " (a slow or stalled app run, or a server that never started the run)");
  }
}
