package dev.gauntlet.compare;

/** A summary cannot be compared: not there, unreadable, or of another scenario. The message names the file and the fix. */
public final class CompareException extends RuntimeException {

  public CompareException(String message) {
    super(message);
  }
}
