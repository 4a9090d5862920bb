package dev.gauntlet.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scheduler's pod events from an {@code events.json} snapshot ({@code GET /v1/events} items),
 * deduplicated by {@code seq} (snapshots overlap) and in time order.
 */
public final class SchedulerEvents {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One event: {@code type} is waiting_for_archive, created, ready, unhealthy, killed, gone, replaced,
   * adopted or retired.
   */
  public record Event(long seq, long at, String type, String pod, String app, String detail) {

    private static final Set<String> LEAVES_READY = Set.of("unhealthy", "killed", "gone", "retired", "replaced");

    /** The pod stops counting as ready (it died, was retired or replaced, or failed its health checks). */
    public boolean leavesReady() {
      return LEAVES_READY.contains(type);
    }
  }

  /** A pod's cold start: its first {@code ready} after its {@code created}, at {@code readyAt}. */
  public record PodStart(String pod, String app, long readyAt, long millis) {}

  private final List<Event> events;

  private SchedulerEvents(List<Event> events) {
    this.events = List.copyOf(events);
  }

  public static SchedulerEvents none() {
    return new SchedulerEvents(List.of());
  }

  /** The file's events, or none when it does not exist (an external target). */
  public static SchedulerEvents read(Path file) {
    if (!Files.isRegularFile(file)) {
      return none();
    }
    try {
      return of(JSON.readTree(file.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the scheduler events snapshot " + file, e);
    }
  }

  public static SchedulerEvents of(JsonNode array) {
    List<Event> list = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (JsonNode e : array) {
      long seq = e.path("seq").asLong(-1);
      if (seq >= 0 && !seen.add(seq)) {
        continue; // the same event in two snapshots
      }
      list.add(new Event(seq, e.path("at").asLong(0), e.path("type").asText(""), e.path("pod").asText(""),
          e.path("app").asText(""), e.path("detail").asText("")));
    }
    list.sort(Comparator.comparingLong(Event::at).thenComparingLong(Event::seq));
    return new SchedulerEvents(list);
  }

  public List<Event> all() {
    return events;
  }

  /**
   * How long each pod that got a process waited for the class-data archive before it
   * ({@code waiting_for_archive} -> {@code created}), by pod; empty when none waited.
   */
  public Map<String, Long> archiveWaits() {
    Map<String, Long> waitingSince = new HashMap<>();
    Map<String, Long> waits = new java.util.LinkedHashMap<>();
    for (Event e : events) {
      if (e.type().equals("waiting_for_archive")) {
        waitingSince.put(e.pod(), e.at());
      } else if (e.type().equals("created") && waitingSince.containsKey(e.pod())) {
        waits.put(e.pod(), e.at() - waitingSince.remove(e.pod()));
      }
    }
    return waits;
  }

  /** created -> ready of every pod that got ready, in the order they did (the pod_start_ms SLI). */
  public List<PodStart> podStarts() {
    Map<String, Long> created = new HashMap<>();
    List<PodStart> starts = new ArrayList<>();
    for (Event e : events) {
      if (e.type().equals("created")) {
        created.put(e.pod(), e.at());
      } else if (e.type().equals("ready") && created.containsKey(e.pod())) {
        starts.add(new PodStart(e.pod(), e.app(), e.at(), e.at() - created.remove(e.pod())));
      }
    }
    return starts;
  }
}
