package dev.gauntlet.platform.scheduler;

/** A placement request that cannot be served: the HTTP status and a message naming why. */
public final class PlacementException extends RuntimeException {

  private final int status;

  public PlacementException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
