package dev.gauntlet.platform.gateway.auth;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Single-use embed codes: a host application mints one for a viewer and an app; the first
 * opening before it expires redeems it, every later one (or a late one) is refused. Codes live
 * in the minting gateway's memory, so the URL it returns points at that gateway. Thread-safe.
 */
public final class EmbedUrls {

  /** What a code stands for. */
  public record Grant(String viewer, String app, Instant expiresAt) {}

  /** The outcome of opening a code: the grant, or why it was refused (403). */
  public record Redeemed(Optional<Grant> grant, String refusal) {}

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Grant> codes = new ConcurrentHashMap<>();
  private final AuthConfig config;

  public EmbedUrls(AuthConfig config) {
    this.config = config;
  }

  /** Whether {@code client} is a registered host for {@code app}. */
  public boolean mayEmbed(String client, String app) {
    return config.hosts().stream().anyMatch(h -> h.client().equals(client) && h.apps().contains(app));
  }

  /** A fresh code for {@code viewer} on {@code app}, valid for the configured TTL. */
  public String mint(String viewer, String app, Instant now) {
    codes.values().removeIf(g -> g.expiresAt().plus(config.embedTtl()).isBefore(now)); // long gone: forget
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String code = B64.encodeToString(bytes);
    codes.put(code, new Grant(viewer, app, now.plus(config.embedTtl())));
    return code;
  }

  public Instant expiresAt(String code) {
    Grant g = codes.get(code);
    return g == null ? Instant.EPOCH : g.expiresAt();
  }

  /** Redeems {@code code} for {@code app} once; removed whatever the outcome, so it never works twice. */
  public Redeemed redeem(String code, String app, Instant now) {
    Grant g = codes.remove(code);
    if (g == null) {
      return new Redeemed(Optional.empty(), "embed URL already used or unknown");
    }
    if (now.isAfter(g.expiresAt())) {
      return new Redeemed(Optional.empty(), "embed URL expired at " + g.expiresAt());
    }
    if (!g.app().equals(app)) {
      return new Redeemed(Optional.empty(), "embed URL is for app '" + g.app() + "', not '" + app + "'");
    }
    return new Redeemed(Optional.of(g), "");
  }
}
