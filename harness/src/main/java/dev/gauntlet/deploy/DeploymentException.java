package dev.gauntlet.deploy;

/** A deployment cannot start or stop; the message names the component, the reason and the fix. */
public final class DeploymentException extends RuntimeException {

  public DeploymentException(String message) {
    super(message);
  }

  public DeploymentException(String message, Throwable cause) {
    super(message, cause);
  }
}
