package dev.gauntlet.platform.gateway.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gauntlet.platform.common.Durations;
import dev.gauntlet.platform.common.StartupException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The gateway's {@code --auth FILE} (YAML or JSON), docs/identity.md:
 * {@code {issuer, audience, clockSkew?, embed?: {ttl?, hosts: [{client, apps, origins}]}}}.
 *
 * @param issuer the provider's issuer URL; its discovery document names the JWKS
 * @param audience a token's {@code aud} must hold this
 * @param clockSkew how far expiry and not-before may be off
 * @param embedTtl how long a minted embed URL may wait to be opened
 * @param hosts the host applications allowed to mint embed URLs, and where they may frame the app
 */
public record AuthConfig(String issuer, String audience, Duration clockSkew, Duration embedTtl, List<Host> hosts) {

  /** A host application: its OAuth client id, the apps it embeds, the origins that frame them. */
  public record Host(String client, Set<String> apps, List<String> origins) {}

  public static AuthConfig read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new StartupException("cannot read --auth " + file + ": " + e.getMessage(), "give a YAML or JSON file");
    }
    String fix = "write {issuer: http://127.0.0.1:PORT/NAME, audience: NAME}";
    String issuer = text(root, "issuer", file, fix);
    String audience = text(root, "audience", file, fix);
    Duration skew = Durations.parse(root.path("clockSkew").asText("30s"));
    JsonNode embed = root.path("embed");
    Duration ttl = Durations.parse(embed.path("ttl").asText("30s"));
    List<Host> hosts = new ArrayList<>();
    for (JsonNode h : embed.path("hosts")) {
      Set<String> apps = new java.util.LinkedHashSet<>();
      h.path("apps").forEach(a -> apps.add(a.asText()));
      List<String> origins = new ArrayList<>();
      h.path("origins").forEach(o -> origins.add(o.asText()));
      hosts.add(new Host(text(h, "client", file, "each embed host needs client: ITS_CLIENT_ID"), Set.copyOf(apps),
          List.copyOf(origins)));
    }
    return new AuthConfig(issuer, audience, skew, ttl, List.copyOf(hosts));
  }

  /** The origins allowed to frame {@code app}: every registered host's that embeds it. */
  public List<String> frameOrigins(String app) {
    return hosts.stream().filter(h -> h.apps().contains(app)).flatMap(h -> h.origins().stream()).distinct().toList();
  }

  private static String text(JsonNode node, String field, Path file, String fix) {
    String v = node.path(field).asText("");
    if (v.isBlank()) {
      throw new StartupException("--auth " + file + ": missing '" + field + "'", fix);
    }
    return v;
  }
}
