package dev.gauntlet.platform.scheduler;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Live placements, found by session id, by runtime session id, and by pod. Event-loop confined. */
final class Placements {

  private final Map<String, Placement> bySession = new LinkedHashMap<>();
  private final Map<String, String> byRuntimeSession = new HashMap<>();
  private final Map<String, Set<String>> byPod = new HashMap<>();

  /** The placement whose session id or runtime session id is {@code id}. */
  Optional<Placement> find(String id) {
    Placement p = bySession.get(id);
    if (p == null && byRuntimeSession.containsKey(id)) {
      p = bySession.get(byRuntimeSession.get(id));
    }
    return Optional.ofNullable(p);
  }

  void put(Placement p) {
    remove(p.sessionId());
    bySession.put(p.sessionId(), p);
    if (p.runtimeSessionId() != null) {
      byRuntimeSession.put(p.runtimeSessionId(), p.sessionId());
    }
    byPod.computeIfAbsent(p.podId(), k -> new LinkedHashSet<>()).add(p.sessionId());
  }

  Optional<Placement> remove(String sessionId) {
    Placement p = bySession.remove(sessionId);
    if (p == null) {
      return Optional.empty();
    }
    if (p.runtimeSessionId() != null) {
      byRuntimeSession.remove(p.runtimeSessionId(), sessionId);
    }
    Set<String> onPod = byPod.get(p.podId());
    if (onPod != null) {
      onPod.remove(sessionId);
      if (onPod.isEmpty()) {
        byPod.remove(p.podId());
      }
    }
    return Optional.of(p);
  }

  int attachedOn(String podId) {
    Set<String> s = byPod.get(podId);
    return s == null ? 0 : (int) s.stream().filter(id -> !bySession.get(id).detached()).count();
  }

  List<Placement> onPod(String podId) {
    List<Placement> out = new ArrayList<>();
    byPod.getOrDefault(podId, Set.of()).forEach(id -> out.add(bySession.get(id)));
    return out;
  }

  /** Detached before {@code cutoff} (epoch ms): their TTL has run out. */
  List<Placement> detachedBefore(long cutoff) {
    return bySession.values().stream().filter(p -> p.detached() && p.detachedAt() <= cutoff).toList();
  }

  Collection<Placement> all() {
    return List.copyOf(bySession.values());
  }

  int size() {
    return bySession.size();
  }
}
