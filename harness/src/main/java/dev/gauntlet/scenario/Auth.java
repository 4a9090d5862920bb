package dev.gauntlet.scenario;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A scenario's {@code auth:} section (docs/identity.md): how virtual users log in. Secrets are
 * never values here, only the names of environment variables that hold them, so the scenario
 * (copied into the run directory) and everything derived from it carry none.
 *
 * @param issuer the OpenID provider's issuer URL; empty: the local deployment's own provider
 * @param clientId the OAuth client the virtual users log in through
 * @param clientSecretEnv the environment variable holding its secret (null: a public client)
 * @param grant {@code password} (each viewer logs in) or {@code client_credentials}
 * @param scope asked for beside {@code openid}; the gateway's audience
 * @param viewers how many viewer identities the users share, {@code user} with {n} = 1..viewers
 * @param passwordEnv the environment variable holding the viewers' password
 * @param tokenTtl the local provider's token lifetime
 * @param refreshBefore a token this close to expiry is refreshed before a session uses it
 * @param embed when present, sessions open the app through embed URLs minted by this host
 * @param headers extra request headers, values may name variables: {@code Bearer ${TOKEN}}
 * @param cookies extra cookies, likewise
 */
public record Auth(Optional<String> issuer, String clientId, String clientSecretEnv, String grant, String scope,
    int viewers, String user, String passwordEnv, Duration tokenTtl, Duration refreshBefore, Optional<Embed> embed,
    Map<String, String> headers, Map<String, String> cookies) {

  /**
   * The host application that mints embed URLs.
   *
   * @param clientId its OAuth client (client-credentials grant)
   * @param clientSecretEnv the environment variable holding its secret
   * @param origin where it frames the app (the gateway's CSP frame-ancestors and socket Origin check)
   * @param share the fraction of sessions opened through an embed URL (the others log in themselves)
   */
  public record Embed(String clientId, String clientSecretEnv, String origin, double share) {}

  public Auth {
    headers = Map.copyOf(headers);
    cookies = Map.copyOf(cookies);
  }

  /** Whether the local deployment must bring up its own identity provider. */
  public boolean localProvider() {
    return issuer.isEmpty() && !clientId.isEmpty();
  }

  /** The name of the local provider's issuer (the path under its URL). */
  public static final String LOCAL_ISSUER = "gauntlet";
}
