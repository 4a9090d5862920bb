package dev.gauntlet.simulations.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.load.Plan;
import dev.gauntlet.scenario.Auths;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The run's secrets, read from the environment variables the plan names (never from a file) and
 * the provider's token endpoint from its discovery document. Values stay in this JVM's memory.
 */
public final class AuthSecrets {

  private final Map<String, String> env;
  private final String tokenEndpoint;

  private AuthSecrets(Map<String, String> env, String tokenEndpoint) {
    this.env = env;
    this.tokenEndpoint = tokenEndpoint;
  }

  /**
   * The harness checked the variables before the run (an unset one is allowed only for the local
   * provider, which checks none): an unset one here is simply not sent.
   */
  public static AuthSecrets of(Plan.Auth auth, Map<String, String> env) {
    return new AuthSecrets(env, auth.logsIn() ? discover(auth.issuer()) : null);
  }

  /**
   * The named variable's value; a variable named but unset (allowed only with the local provider,
   * which checks no secret) gives {@link #UNSET}, so the request still has the field a provider expects.
   */
  public Optional<String> value(String envName) {
    return envName == null ? Optional.empty() : Optional.of(env.getOrDefault(envName, UNSET));
  }

  /** What is sent for a secret whose variable is not set: no secret at all. */
  public static final String UNSET = "unset";

  public String tokenEndpoint() {
    return tokenEndpoint;
  }

  /** Header (or cookie) templates with their {@code ${NAME}}s filled in. */
  public Map<String, String> resolve(Map<String, String> templates, String what) {
    Map<String, String> out = new LinkedHashMap<>();
    templates.forEach((k, v) -> out.put(k, Auths.resolve(v, env, "auth." + what + "." + k)));
    return out;
  }

  /** The token endpoint from {@code issuer}'s discovery document; {@code issuer/token} when it cannot be read. */
  static String discover(String issuer) {
    String url = issuer + "/.well-known/openid-configuration";
    try {
      HttpResponse<String> answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.ofString());
      String endpoint = new ObjectMapper().readTree(answer.body()).path("token_endpoint").asText("");
      return answer.statusCode() == 200 && !endpoint.isEmpty() ? endpoint : issuer + "/token";
    } catch (java.io.IOException e) {
      return issuer + "/token";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return issuer + "/token";
    }
  }
}
