package dev.gauntlet.deploy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.deploy.internal.Http;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one client of the scheduler's JSON API (docs/platform.md): its pods, placements, pools and
 * pod events as records. A restarted scheduler that has not re-adopted its pods answers 503
 * {@code recovering}: its lists are not known yet, so the client asks again (up to its recovery
 * wait) and never reads that as empty. Any other failure is an IOException naming the call.
 */
public final class SchedulerClient {

  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** One placement: a gateway session on a pod, as the runtime session it became. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Placement(String sessionId, String app, String podId, String endpoint, boolean cold,
      long waitMillis, String runtimeSessionId, long placedAt, boolean detached) {}

  /** One app's pool: its warm target, its pods and how many are ready. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record AppStatus(String app, int warm, int maxSessionsPerPod, int pods, int readyPods) {}

  /** One pod lifecycle event: {@code type} is created, ready, unhealthy, killed, gone, replaced, adopted or retired. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PodEvent(long seq, long at, String type, String pod, String app, String detail) {}

  private final URI scheduler;
  private final Duration recoveryWait;

  private SchedulerClient(URI scheduler, Duration recoveryWait) {
    this.scheduler = scheduler;
    this.recoveryWait = recoveryWait;
  }

  /** A client of the scheduler at {@code scheduler}, waiting out a recovery for up to 30 s. */
  public static SchedulerClient at(URI scheduler) {
    return new SchedulerClient(scheduler, Http.RECOVERY_WAIT);
  }

  /** The same client, waiting out a recovery for at most {@code wait} (e.g. what is left of a deadline). */
  public SchedulerClient waitingUpTo(Duration wait) {
    return new SchedulerClient(scheduler, wait);
  }

  public URI uri() {
    return scheduler;
  }

  /** {@code GET /v1/pods}. */
  public List<Pod> pods() throws IOException {
    return list("/v1/pods", Pod.class);
  }

  /** {@code GET /v1/placements}: the placements the scheduler still knows. */
  public List<Placement> placements() throws IOException {
    return list("/v1/placements", Placement.class);
  }

  /** {@code GET /v1/apps}. */
  public List<AppStatus> apps() throws IOException {
    return list("/v1/apps", AppStatus.class);
  }

  /** {@code GET /v1/events?since=}: pod events at or after {@code sinceEpochMillis}, oldest first. */
  public List<PodEvent> events(long sinceEpochMillis) throws IOException {
    return list("/v1/events?since=" + sinceEpochMillis, PodEvent.class);
  }

  /** The runtime session ids of attached placements, by pod id. */
  public Map<String, List<String>> attachedSessionsByPod() throws IOException {
    Map<String, List<String>> byPod = new HashMap<>();
    for (Placement p : placements()) {
      if (!p.detached() && p.runtimeSessionId() != null) {
        byPod.computeIfAbsent(p.podId(), k -> new ArrayList<>()).add(p.runtimeSessionId());
      }
    }
    return byPod;
  }

  private <T> List<T> list(String path, Class<T> type) throws IOException {
    URI uri = scheduler.resolve(path);
    JsonNode body = Http.getJson(uri, recoveryWait);
    if (!body.isArray()) {
      throw new IOException("GET " + uri + " answered " + body.getNodeType() + ", not the list docs/platform.md promises");
    }
    JavaType listType = JSON.getTypeFactory().constructCollectionType(List.class, type);
    return JSON.convertValue(body, listType);
  }
}
