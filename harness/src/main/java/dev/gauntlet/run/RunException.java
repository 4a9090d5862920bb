package dev.gauntlet.run;

/** A run cannot start as asked (e.g. no load section, no url for an external target): exit 2. */
public final class RunException extends RuntimeException {

  public RunException(String message) {
    super(message);
  }
}
