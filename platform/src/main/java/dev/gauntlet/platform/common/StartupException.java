package dev.gauntlet.platform.common;

/** A service cannot start: the message names the input and the fix. */
public final class StartupException extends RuntimeException {

  public StartupException(String what, String fix) {
    super(what + "; " + fix);
  }

  public StartupException(String what, String fix, Throwable cause) {
    super(what + "; " + fix, cause);
  }
}
