package dev.gauntlet.merge;

/** Inputs that cannot be merged (not run directories, different scenarios, an output in use); the message says which and what to do. */
public final class MergeException extends RuntimeException {

  public MergeException(String message) {
    super(message);
  }
}
