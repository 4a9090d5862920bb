package dev.gauntlet.deploy.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gauntlet.scenario.Auth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the gateways' {@code --auth} file: the local provider's issuer, the audience, the embed host. No secret. */
final class GatewayAuthFile {

  private GatewayAuthFile() {}

  static Path write(LocalSettings settings, URI idp) {
    Auth auth = settings.identity();
    ObjectNode root = new ObjectMapper().createObjectNode();
    root.put("issuer", idp + "/" + Auth.LOCAL_ISSUER);
    root.put("audience", auth.scope());
    root.put("clockSkew", "30s");
    ObjectNode embed = root.putObject("embed");
    embed.put("ttl", "30s");
    auth.embed().ifPresent(e -> embed.putArray("hosts").addObject().put("client", e.clientId())
        .<ObjectNode>set("apps", new ObjectMapper().valueToTree(settings.target().appNames()))
        .putArray("origins").add(e.origin()));
    Path file = settings.paths().root().resolve("gateway-auth.json");
    try {
      Files.createDirectories(file.getParent());
      new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }
}
