package dev.gauntlet.simulations.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tokens by identity (a viewer's user name, or the host application's client id), shared by every
 * user of the run as a browser's storage is shared by its tabs: a token is reused until it is
 * within {@code refreshBeforeMillis} of expiry. Held in memory only, never written. Thread-safe.
 */
public final class TokenCache {

  private record Entry(String token, long expiresAtMillis) {}

  private final Map<String, Entry> tokens = new ConcurrentHashMap<>();
  private final AtomicLong sessions = new AtomicLong();
  private final long refreshBeforeMillis;

  public TokenCache(long refreshBeforeMillis) {
    this.refreshBeforeMillis = refreshBeforeMillis;
  }

  /** A token for {@code identity} good for longer than the refresh margin, if one is held. */
  public Optional<String> fresh(String identity, long nowMillis) {
    Entry e = tokens.get(identity);
    return e != null && e.expiresAtMillis() - refreshBeforeMillis > nowMillis ? Optional.of(e.token()) : Optional.empty();
  }

  /** Whether a token was held for {@code identity} before (then a new one is a refresh). */
  public boolean held(String identity) {
    return tokens.containsKey(identity);
  }

  public void put(String identity, String token, long expiresAtMillis) {
    tokens.put(identity, new Entry(token, expiresAtMillis));
  }

  /** The next session's viewer index, round robin over {@code viewers}. */
  public int nextViewer(int viewers) {
    return (int) (sessions.getAndIncrement() % Math.max(1, viewers));
  }
}
