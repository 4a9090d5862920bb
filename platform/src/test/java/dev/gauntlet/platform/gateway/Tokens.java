package dev.gauntlet.platform.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.gauntlet.platform.testing.IdpProcess;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Date;

/** Tokens for the auth tests: real ones from the provider's token endpoint, and forged ones. */
final class Tokens {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http;
  private final IdpProcess idp;

  Tokens(HttpClient http, IdpProcess idp) {
    this.http = http;
    this.idp = idp;
  }

  /** The provider's access token for a viewer (password grant); {@code scope} becomes its audience. */
  String password(String user, String scope) throws Exception {
    return token("grant_type=password&client_id=gauntlet-viewer&client_secret=s&username=" + user
        + "&password=pw&scope=" + URLEncoder.encode("openid " + scope, StandardCharsets.UTF_8));
  }

  /** A host application's client-credentials token. */
  String client(String clientId) throws Exception {
    return token("grant_type=client_credentials&client_id=" + clientId + "&client_secret=s&scope=gauntlet");
  }

  private String token(String form) throws Exception {
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(idp.issuer() + "/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("token endpoint answered " + answer.statusCode() + ": " + answer.body());
    }
    return JSON.readTree(answer.body()).path("access_token").asText();
  }

  /** A token signed with the provider's own key (read from its key file), with the claims we choose. */
  String signedByProvider(String subject, String audience, Instant expiresAt) throws Exception {
    RSAKey key = JWK.parse(Files.readString(idp.keyFile)).toRSAKey();
    return sign(key, "gauntlet", subject, audience, expiresAt);
  }

  /** A token that looks right but is signed by a key the provider never had. */
  String signedByAnotherKey(String subject) throws Exception {
    RSAKey other = new RSAKeyGenerator(2048).generate();
    return sign(other, "gauntlet", subject, "gauntlet", Instant.now().plusSeconds(300));
  }

  private String sign(RSAKey key, String kid, String subject, String audience, Instant expiresAt) throws Exception {
    JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(idp.issuer()).subject(subject).audience(audience)
        .issueTime(Date.from(expiresAt.minusSeconds(60))).expirationTime(Date.from(expiresAt)).build();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  /** {@code POST /v1/embed-urls} as the registered host application. */
  JsonNode mintEmbed(String gatewayUrl, String viewer) throws Exception {
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(gatewayUrl + "/v1/embed-urls"))
        .header("Authorization", "Bearer " + client("host-app")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"app\":\"dash\",\"viewer\":\"" + viewer + "\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 201) {
      throw new IllegalStateException("POST /v1/embed-urls answered " + answer.statusCode() + ": " + answer.body());
    }
    return JSON.readTree(answer.body());
  }

  /** A counter's value from a process's {@code /metrics}. */
  static double metric(HttpClient http, String baseUrl, String series) throws Exception {
    String text = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/metrics")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    return text.lines().filter(l -> l.startsWith(series + " ")).mapToDouble(l -> Double.parseDouble(l.split(" ")[1]))
        .findFirst().orElse(0);
  }
}
