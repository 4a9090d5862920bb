package dev.gauntlet.platform.runtime;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which browser origins may open a socket: none given (non-browser clients), the server's own
 * host, loopback hosts, or one listed in {@code --allowed-origins} (full origin or bare host).
 */
final class OriginPolicy {

  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private final List<String> allowed;

  OriginPolicy(List<String> allowed) {
    this.allowed = List.copyOf(allowed);
  }

  List<String> allowed() {
    return allowed;
  }

  boolean allows(String origin, String serverHost) {
    if (origin == null || origin.isBlank()) {
      return true;
    }
    if (allowed.contains(origin) || allowed.contains("*")) {
      return true;
    }
    String host;
    try {
      host = URI.create(origin.trim()).getHost();
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (host == null) {
      return false;
    }
    host = host.toLowerCase(Locale.ROOT);
    return LOOPBACK.contains(host) || host.equals(serverHost) || allowed.contains(host);
  }
}
