package dev.gauntlet.platform.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The gateway's session cookie {@code gauntlet_session}: viewer, app and expiry, HMAC-SHA256 signed,
 * so every replica accepts what another set. The key comes from {@code GAUNTLET_GATEWAY_SESSION_KEY}
 * (the environment, never a file or an argument); without it each process draws its own.
 */
public final class SessionCookie {

  public static final String NAME = "gauntlet_session";
  public static final Duration LIFETIME = Duration.ofHours(1);
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private final byte[] key;

  public SessionCookie(String keyFromEnvironment) {
    if (keyFromEnvironment == null || keyFromEnvironment.isBlank()) {
      key = new byte[32];
      new SecureRandom().nextBytes(key);
    } else {
      key = keyFromEnvironment.getBytes(StandardCharsets.UTF_8);
    }
  }

  /** The cookie's value for {@code viewer} on {@code app} until now + {@link #LIFETIME}. */
  public String mint(String viewer, String app, Instant now) {
    String body = B64.encodeToString((viewer + "\n" + app + "\n" + now.plus(LIFETIME).getEpochSecond())
        .getBytes(StandardCharsets.UTF_8));
    return body + "." + B64.encodeToString(mac(body));
  }

  /** The viewer, when the value is ours, unexpired and for {@code app}. */
  public Optional<Viewer> check(String value, String app, Instant now) {
    int dot = value.indexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String body = value.substring(0, dot);
    byte[] given;
    try {
      given = Base64.getUrlDecoder().decode(value.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!MessageDigest.isEqual(given, mac(body))) {
      return Optional.empty();
    }
    String[] parts = new String(Base64.getUrlDecoder().decode(body), StandardCharsets.UTF_8).split("\n");
    if (parts.length != 3 || !parts[1].equals(app) || Long.parseLong(parts[2]) < now.getEpochSecond()) {
      return Optional.empty();
    }
    return Optional.of(new Viewer(parts[0], "cookie"));
  }

  private byte[] mac(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
