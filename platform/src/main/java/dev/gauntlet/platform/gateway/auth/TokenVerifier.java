package dev.gauntlet.platform.gateway.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
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
 * when a token names a key not in it: rotation), then issuer, audience and expiry with skew.
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
  private final AuthConfig config;
  private volatile DefaultJWTProcessor<SecurityContext> processor;

  public TokenVerifier(AuthConfig config) {
    this.config = config;
  }

  public Viewer verify(String token) throws Refused {
    try {
      JWTClaimsSet claims = processor().process(token, null);
      return new Viewer(claims.getSubject(), "bearer");
    } catch (KeySourceException e) {
      throw new Refused(503, "cannot fetch the identity provider's keys: " + e.getMessage());
    } catch (BadJOSEException | com.nimbusds.jose.JOSEException | java.text.ParseException e) {
      throw new Refused(401, "invalid token: " + e.getMessage());
    }
  }

  private DefaultJWTProcessor<SecurityContext> processor() throws KeySourceException {
    DefaultJWTProcessor<SecurityContext> p = processor;
    if (p != null) {
      return p;
    }
    synchronized (this) {
      if (processor == null) {
        URL jwks = discoverJwks();
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
        processor = fresh;
      }
      return processor;
    }
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
