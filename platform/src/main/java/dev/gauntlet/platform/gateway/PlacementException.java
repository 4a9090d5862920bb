package dev.gauntlet.platform.gateway;

/** A placement the gateway could not get, and why: the client's fault, a refusal, or an outage. */
final class PlacementException extends RuntimeException {

  enum Kind {
    /** The scheduler has no pool for the app (404): the client asked for something that is not there. */
    UNKNOWN_APP,
    /** The session belongs to another viewer (403): re-attaching to it is refused. */
    FORBIDDEN,
    /** The scheduler answered 4xx: retrying would get the same answer. */
    REFUSED,
    /** The scheduler was unreachable or answered 5xx until the deadline. */
    UNAVAILABLE
  }

  private final Kind kind;

  PlacementException(Kind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  Kind kind() {
    return kind;
  }
}
