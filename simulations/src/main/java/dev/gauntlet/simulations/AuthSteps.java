package dev.gauntlet.simulations;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import dev.gauntlet.load.Plan;
import dev.gauntlet.simulations.internal.Browser;
import dev.gauntlet.simulations.internal.Identity;
import dev.gauntlet.simulations.internal.RunContext;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a session does before the page when the plan has auth (docs/identity.md): the viewer's
 * token from the provider unless a fresh one is held (a refresh when it is near expiry), or, for
 * an embed, the host application's token and a minted embed URL. Requests carry secrets in their
 * bodies only; Gatling's logs and report name the requests, never their bodies.
 */
final class AuthSteps {

  private static final int TOKEN_TIMEOUT_SECONDS = 5;

  private AuthSteps() {}

  static ChainBuilder login() {
    return doIf(s -> id(s).needsLogin()).then(
            exec(s -> id(s).start(s))
                .exec(http("login").post(s -> id(s).tokenUrl()).formParamMap(s -> id(s).loginForm())
                    .requestTimeout(java.time.Duration.ofSeconds(TOKEN_TIMEOUT_SECONDS))
                    .check(status().saveAs(Identity.STATUS), status().is(200),
                        jsonPath("$.access_token").saveAs(Identity.TOKEN),
                        jsonPath("$.expires_in").ofLong().optional().saveAs(Identity.EXPIRES_IN)))
                .exec(s -> id(s).tokenDone(s, false)))
        .doIf(s -> id(s).needsHostToken()).then(
            exec(s -> id(s).start(s))
                .exec(http("host login").post(s -> id(s).tokenUrl()).formParamMap(s -> id(s).hostForm())
                    .requestTimeout(java.time.Duration.ofSeconds(TOKEN_TIMEOUT_SECONDS))
                    .check(status().saveAs(Identity.STATUS), status().is(200),
                        jsonPath("$.access_token").saveAs(Identity.TOKEN),
                        jsonPath("$.expires_in").ofLong().optional().saveAs(Identity.EXPIRES_IN)))
                .exec(s -> id(s).tokenDone(s, true)))
        .doIf(s -> embeds(s) && !id(s).failed()).then(
            exec(s -> id(s).start(s))
                .exec(http("embed url").post(s -> Browser.of(s).origin() + "/v1/embed-urls")
                    .header("Authorization", s -> id(s).hostAuthorization())
                    .header("Content-Type", "application/json")
                    .body(io.gatling.javaapi.core.CoreDsl.StringBody(s -> id(s).embedRequest()))
                    .check(status().saveAs(Identity.STATUS), status().is(201),
                        jsonPath("$.url").saveAs(Identity.EMBED_URL)))
                .exec(s -> id(s).embedDone(s)));
  }

  /** The scenario's fixed headers and cookies (external targets), from the environment, on every request. */
  static HttpProtocolBuilder fixedHeaders(HttpProtocolBuilder protocol, RunContext run) {
    Plan.Auth auth = run.plan().auth();
    if (auth == null || (auth.headers().isEmpty() && auth.cookies().isEmpty())) {
      return protocol;
    }
    Map<String, String> headers = new LinkedHashMap<>(run.secrets().resolve(auth.headers(), "headers"));
    Map<String, String> cookies = run.secrets().resolve(auth.cookies(), "cookies");
    if (!cookies.isEmpty()) {
      StringBuilder cookie = new StringBuilder();
      cookies.forEach((k, v) -> cookie.append(cookie.length() == 0 ? "" : "; ").append(k).append('=').append(v));
      headers.put("Cookie", cookie.toString());
    }
    return protocol.headers(headers);
  }

  private static Identity id(io.gatling.javaapi.core.Session s) {
    return Browser.of(s).identity();
  }

  private static boolean embeds(io.gatling.javaapi.core.Session s) {
    return Browser.of(s).identity() != null && Browser.of(s).identity().embeds();
  }
}
