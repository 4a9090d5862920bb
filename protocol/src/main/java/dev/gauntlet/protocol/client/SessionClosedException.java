package dev.gauntlet.protocol.client;

/** The socket closed while a run was awaited; carries how the peer closed it. */
public final class SessionClosedException extends RuntimeException {
  private final PeerClose close;

  public SessionClosedException(String awaited, PeerClose close, String seenSoFar) {
    super("socket closed (" + close + ") while awaiting " + awaited + "; seen so far: " + seenSoFar);
    this.close = close;
  }

  public PeerClose close() {
    return close;
  }
}
