package dev.gauntlet.analysis;

import dev.gauntlet.measure.FaultTarget;
import java.net.URI;

/**
 * Whether a virtual user's entry point is a fault's gateway target: the target names the gateway
 * by URL in {@code id} or {@code endpoint}.
 */
final class GatewayMatch {

  private GatewayMatch() {}

  static boolean matches(FaultTarget target, String entry) {
    if (entry == null || entry.isEmpty()) {
      return false;
    }
    for (String value : new String[] {target.id(), target.endpoint()}) {
      if (value != null && value.contains("://") && origin(value).equals(origin(entry))) {
        return true;
      }
    }
    return false;
  }

  private static String origin(String url) {
    try {
      URI uri = URI.create(url.strip());
      return uri.getScheme() + "://" + uri.getHost() + ":" + port(url);
    } catch (IllegalArgumentException e) {
      return url.strip();
    }
  }

  private static int port(String url) {
    try {
      URI uri = URI.create(url.strip());
      return uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }
}
