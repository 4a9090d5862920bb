package dev.gauntlet.idp;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.NettyWrapper;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * {@code idp --issuer NAME --keys FILE [--token-ttl SECONDS] --port N --port-file F --owner-pid P}:
 * the provider at {@code http://127.0.0.1:N/NAME} (discovery under {@code /.well-known/openid-configuration}).
 */
public final class IdpMain {

  private IdpMain() {}

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = parse(argv);
    System.setProperty("logback.configurationFile", "gauntlet-idp-logback.xml");
    String issuer = args.getOrDefault("issuer", "gauntlet");
    long ttlSeconds = Long.parseLong(args.getOrDefault("token-ttl", "300"));
    JWK key = SigningKey.loadOrCreate(Path.of(required(args, "keys")));
    // audience: the scopes asked for (minus openid); subject: the user name, or the client id
    DefaultOAuth2TokenCallback tokens = new DefaultOAuth2TokenCallback(issuer, UUID.randomUUID().toString(),
        JOSEObjectType.JWT.getType(), null, Map.of(), ttlSeconds);
    OAuth2Config config = new OAuth2Config(false, null, null, false,
        new OAuth2TokenProvider(new KeyProvider(List.of(key), JWSAlgorithm.RS256.getName()), (Instant) null),
        Set.of(tokens), new NettyWrapper());
    MockOAuth2Server server = new MockOAuth2Server(config);
    server.start(InetAddress.getByName("127.0.0.1"), Integer.parseInt(args.getOrDefault("port", "0")));
    int port = server.baseUrl().port();
    followOwner(args.get("owner-pid"));
    if (args.containsKey("port-file")) {
      Path target = Path.of(args.get("port-file"));
      Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
      Files.writeString(tmp, Integer.toString(port), StandardCharsets.US_ASCII);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
    System.out.println(Instant.now() + " idp: listening on 127.0.0.1:" + port + " issuer " + server.issuerUrl(issuer)
        + " token-ttl=" + ttlSeconds + "s key " + key.getKeyID());
  }

  /** Exits soon after the harness that started it ends, so a killed run leaves no provider behind. */
  private static void followOwner(String ownerPid) {
    if (ownerPid == null) {
      return;
    }
    ProcessHandle.of(Long.parseLong(ownerPid)).ifPresentOrElse(
        owner -> owner.onExit().thenRun(() -> Runtime.getRuntime().halt(3)),
        () -> Runtime.getRuntime().halt(3));
  }

  private static Map<String, String> parse(String[] argv) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i + 1 < argv.length; i += 2) {
      if (!argv[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument '" + argv[i] + "': options are --name value");
      }
      out.put(argv[i].substring(2), argv[i + 1]);
    }
    return out;
  }

  private static String required(Map<String, String> args, String name) {
    String v = args.get(name);
    if (v == null) {
      System.err.println("idp needs --" + name);
      System.exit(2);
    }
    return v;
  }
}
