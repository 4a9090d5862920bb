package dev.gauntlet.deploy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gauntlet.deploy.DeploymentException;
import dev.gauntlet.deploy.Pod;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The scheduler's {@code GET /v1/pods} as {@link Pod}s. */
public final class SchedulerPods {

  private SchedulerPods() {}

  public static List<Pod> list(URI scheduler) {
    try {
      List<Pod> pods = new ArrayList<>();
      for (JsonNode p : Http.getJson(scheduler.resolve("/v1/pods"))) {
        pods.add(new Pod(p.path("id").asText(), p.path("app").asText(), p.path("state").asText(),
            p.path("pid").asLong(), p.path("endpoint").asText(), p.path("sessions").asInt()));
      }
      return pods;
    } catch (IOException e) {
      throw new DeploymentException("cannot list pods: GET " + scheduler + "/v1/pods failed: " + e.getMessage()
          + "; is the scheduler running?");
    }
  }

  /** The runtime session ids of attached placements, by pod ({@code GET /v1/placements}). */
  public static java.util.Map<String, List<String>> sessionsByPod(URI scheduler) {
    try {
      java.util.Map<String, List<String>> byPod = new java.util.HashMap<>();
      for (JsonNode p : Http.getJson(scheduler.resolve("/v1/placements"))) {
        if (!p.path("detached").asBoolean() && p.hasNonNull("runtimeSessionId")) {
          byPod.computeIfAbsent(p.path("podId").asText(), k -> new ArrayList<>()).add(p.path("runtimeSessionId").asText());
        }
      }
      return byPod;
    } catch (IOException e) {
      throw new DeploymentException("cannot list placements: GET " + scheduler + "/v1/placements failed: "
          + e.getMessage() + "; is the scheduler running?");
    }
  }
}
