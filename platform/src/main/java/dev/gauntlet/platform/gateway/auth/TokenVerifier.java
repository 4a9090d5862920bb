package dev.gauntlet.platform.gateway.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/**
 * Checks a bearer token (a JWT) with nimbus-jose-jwt: RS256 signature against the provider's
 * JWKS (found through discovery, cached 5 minutes, kept through a provider outage, refetched
 * when a token names a key not in it, or fails the cached key of its id: rotation), then issuer,
 * audience and expiry with skew.
 * Blocking (it may fetch): call it off the event loop. Thread-safe.
 */
public final class TokenVerifier {

  /** Why a token was refused (401) or could not be checked at all (503: the provider's keys are out of reach). */
  public static final class Refused extends Exception {
    public final int status;

    public Refused(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }
  }

  private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(2);
  /** A bad signature fetches the keys again at most this often (a stream of forged tokens must not hammer the provider). */
  static final Duration REFETCH_EVERY = Duration.ofSeconds(5);
  private long lastRefetchNanos = System.nanoTime() - REFETCH_EVERY.toNanos();
  private final AuthConfig config;
  private volatile DefaultJWTProcessor<SecurityContext> processor;
  private volatile URL jwksUrl;

  public TokenVerifier(AuthConfig config) {
    this.config = config;
  }

  public Viewer verify(String token) throws Refused {
    try {
      JWTClaimsSet claims;
      DefaultJWTProcessor<SecurityContext> current = processor();
      try {
        claims = current.process(token, null);
      } catch (BadJWSException e) {
        claims = withFreshKeys(token, e);
      }
      return new Viewer(claims.getSubject(), "bearer");
    } catch (KeySourceException e) {
      throw new Refused(503, "cannot fetch the identity provider's keys: " + e.getMessage());
    } catch (BadJOSEException | com.nimbusds.jose.JOSEException | java.text.ParseException e) {
      throw new Refused(401, "invalid token: " + e.getMessage());
    }
  }

  /**
   * A signature the cached key of its id rejects: the provider may have rotated its key under the
   * same id, which the cache cannot tell. Fetches the keys afresh (at most every {@link #REFETCH_EVERY},
   * so forged tokens cannot hammer the provider) and keeps them only if they verify the token; an
   * unreachable provider leaves the cached keys in place (an outage must not refuse good tokens).
   */
  private JWTClaimsSet withFreshKeys(String token, BadJWSException rejected)
      throws BadJOSEException, com.nimbusds.jose.JOSEException, java.text.ParseException {
    synchronized (this) {
      long now = System.nanoTime();
      if (now - lastRefetchNanos < REFETCH_EVERY.toNanos()) {
        throw rejected;
      }
      lastRefetchNanos = now;
    }
    DefaultJWTProcessor<SecurityContext> fresh = build(jwksUrl);
    JWTClaimsSet claims;
    try {
      claims = fresh.process(token, null);
    } catch (KeySourceException unreachable) {
      throw rejected;
    }
    processor = fresh;
    return claims;
  }

  private DefaultJWTProcessor<SecurityContext> processor() throws KeySourceException {
    DefaultJWTProcessor<SecurityContext> p = processor;
    if (p != null) {
      return p;
    }
    synchronized (this) {
      if (processor == null) {
        jwksUrl = discoverJwks();
        processor = build(jwksUrl);
      }
      return processor;
    }
  }

  private DefaultJWTProcessor<SecurityContext> build(URL jwks) {
    JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(jwks)
        .cache(Duration.ofMinutes(5).toMillis(), FETCH_TIMEOUT.toMillis())
        .outageTolerant(Duration.ofHours(1).toMillis())
        .rateLimited(Duration.ofSeconds(2).toMillis())
        .build();
    DefaultJWTProcessor<SecurityContext> fresh = new DefaultJWTProcessor<>();
    fresh.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
    DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(config.audience(),
        new JWTClaimsSet.Builder().issuer(config.issuer()).build(), Set.of("sub", "exp"));
    claims.setMaxClockSkew((int) config.clockSkew().toSeconds());
    fresh.setJWTClaimsSetVerifier(claims);
    return fresh;
  }

  /** The JWKS URL from the issuer's discovery document; an unreachable provider is retried at the next token. */
  private URL discoverJwks() throws KeySourceException {
    String discovery = config.issuer() + "/.well-known/openid-configuration";
    try {
      HttpResponse<String> answer = HttpClient.newBuilder().connectTimeout(FETCH_TIMEOUT).build().send(
          HttpRequest.newBuilder(URI.create(discovery)).timeout(FETCH_TIMEOUT).build(),
          HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new KeySourceException("GET " + discovery + " answered " + answer.statusCode());
      }
      return URI.create(new ObjectMapper().readTree(answer.body()).path("jwks_uri").asText()).toURL();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KeySourceException("interrupted fetching " + discovery);
    } catch (java.io.IOException | IllegalArgumentException e) {
      throw new KeySourceException("GET " + discovery + ": " + e.getMessage(), e);
    }
  }
}
