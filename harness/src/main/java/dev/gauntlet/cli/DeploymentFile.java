package dev.gauntlet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gauntlet.deploy.ComponentProcess;
import dev.gauntlet.deploy.Endpoints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * {@code deployment.json}: {@code {"gateways": [urls], "scheduler": url, "apps": [names],
 * "processes": [{component, pid}]}}, the first entry being the harness that supervises them.
 */
final class DeploymentFile {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DeploymentFile() {}

  static void write(Path file, Endpoints endpoints, List<ComponentProcess> processes) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode gateways = root.putArray("gateways");
    endpoints.gateways().forEach(g -> gateways.add(g.toString()));
    root.put("scheduler", endpoints.scheduler().toString());
    endpoints.idp().ifPresent(idp -> root.put("idp", idp.toString()));
    ArrayNode apps = root.putArray("apps");
    endpoints.apps().forEach(apps::add);
    ArrayNode list = root.putArray("processes");
    list.addObject().put("component", "harness").put("pid", ProcessHandle.current().pid());
    for (ComponentProcess p : processes) {
      list.addObject().put("component", p.component()).put("pid", p.pid()).put("port", p.port())
          .put("restarts", p.restarts());
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.createDirectories(file.getParent());
      JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The file's content, when it exists and was written by the harness {@code harnessPid}. */
  static Optional<JsonNode> readIfFrom(Path file, long harnessPid) {
    try {
      JsonNode root = JSON.readTree(file.toFile());
      return root.path("processes").path(0).path("pid").asLong() == harnessPid ? Optional.of(root) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The lines {@code up} prints: where the deployment answers. */
  static String describe(JsonNode root) {
    StringBuilder out = new StringBuilder();
    out.append("gateways:  ");
    root.path("gateways").forEach(g -> out.append(g.asText()).append(' '));
    out.append("\nscheduler: ").append(root.path("scheduler").asText());
    String first = root.path("gateways").path(0).asText();
    root.path("apps").forEach(a -> out.append("\napp ").append(a.asText()).append(":  ")
        .append(URI.create(first).resolve("/apps/" + a.asText() + "/")));
    return out.toString();
  }

  static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
