package dev.gauntlet.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;

/**
 * Whether a virtual user's entry point is a fault's gateway target. The target names the gateway
 * by URL in {@code id} (or {@code url}/{@code endpoint}); a target named by component name only is
 * matched by its {@code port} when it has one.
 */
final class GatewayMatch {

  private GatewayMatch() {}

  static boolean matches(JsonNode target, String entry) {
    if (entry == null || entry.isEmpty()) {
      return false;
    }
    for (String field : new String[] {"id", "url", "endpoint"}) {
      String value = target.path(field).asText("");
      if (value.contains("://") && origin(value).equals(origin(entry))) {
        return true;
      }
    }
    int port = target.path("port").asInt(-1);
    return port > 0 && port(entry) == port;
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
