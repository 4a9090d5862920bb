package dev.gauntlet.platform.gateway.auth;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The gateway's gate: who a request is (a bearer token, the token a socket offers as its second
 * subprotocol as Streamlit's browser does, or the session cookie) and whether its Origin may open
 * a socket. Thread-safe.
 */
public final class Access {

  private static final String PLACEHOLDER = "PLACEHOLDER_AUTH_TOKEN";
  private final Vertx vertx;
  private final AuthConfig config;
  private final TokenVerifier tokens;
  private final SessionCookie cookies;

  public Access(Vertx vertx, AuthConfig config, SessionCookie cookies) {
    this.vertx = vertx;
    this.config = config;
    this.tokens = new TokenVerifier(config);
    this.cookies = cookies;
  }

  public AuthConfig config() {
    return config;
  }

  public SessionCookie cookies() {
    return cookies;
  }

  /** The viewer behind {@code headers} (and a socket's offered token) for {@code app}; fails with {@link TokenVerifier.Refused}. */
  public Future<Viewer> check(MultiMap headers, String app, Optional<String> socketToken) {
    Optional<String> token = bearer(headers).or(() -> socketToken.filter(t -> !t.equals(PLACEHOLDER)));
    if (token.isPresent()) {
      return verify(token.get());
    }
    Optional<String> cookie = cookie(headers, SessionCookie.NAME);
    if (cookie.isPresent()) {
      return cookies.check(cookie.get(), app, Instant.now()).map(Future::succeededFuture).orElseGet(() ->
          Future.failedFuture(new TokenVerifier.Refused(401, "session cookie invalid, expired or for another app")));
    }
    return Future.failedFuture(new TokenVerifier.Refused(401,
        "no credentials: send Authorization: Bearer TOKEN, or open an embed URL"));
  }

  /** Checks a bearer token off the event loop (a JWKS fetch may block). */
  public Future<Viewer> verify(String token) {
    return vertx.executeBlocking(() -> tokens.verify(token), false);
  }

  /**
   * A socket's Origin is allowed when absent (not a browser), the gateway's own, or a host origin
   * registered for the app.
   */
  public boolean originAllowed(MultiMap headers, String host, String app) {
    String origin = headers.get("Origin");
    if (origin == null) {
      return true;
    }
    if (host != null && (origin.equals("http://" + host) || origin.equals("https://" + host))) {
      return true;
    }
    return config.frameOrigins(app).contains(origin);
  }

  /** {@code frame-ancestors} for the app's page: itself and the registered host origins. */
  public String contentSecurityPolicy(String app) {
    List<String> origins = config.frameOrigins(app);
    return "frame-ancestors 'self'" + (origins.isEmpty() ? "" : " " + String.join(" ", origins));
  }

  static Optional<String> bearer(MultiMap headers) {
    String auth = headers.get("Authorization");
    if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    return Optional.of(auth.substring(7).trim()).filter(t -> !t.isEmpty());
  }

  static Optional<String> cookie(MultiMap headers, String name) {
    for (String header : headers.getAll("Cookie")) {
      for (String pair : header.split(";")) {
        int eq = pair.indexOf('=');
        if (eq > 0 && pair.substring(0, eq).trim().equals(name)) {
          return Optional.of(pair.substring(eq + 1).trim());
        }
      }
    }
    return Optional.empty();
  }
}
