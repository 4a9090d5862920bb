package dev.gauntlet.protocol.widgets;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Widget ids found in a run, in render order, looked up by user key. Immutable. */
public final class WidgetIdIndex {
  private final List<WidgetId> ids;

  public WidgetIdIndex(Collection<WidgetId> ids) {
    List<WidgetId> unique = new ArrayList<>();
    for (WidgetId id : ids) {
      if (unique.stream().noneMatch(u -> u.id().equals(id.id()))) {
        unique.add(id);
      }
    }
    this.ids = List.copyOf(unique);
  }

  public static WidgetIdIndex empty() {
    return new WidgetIdIndex(List.of());
  }

  public List<WidgetId> all() {
    return ids;
  }

  /** The widget whose user key is {@code key}, if the run rendered one. */
  public Optional<WidgetId> byKey(String key) {
    return ids.stream().filter(w -> w.userKey().filter(key::equals).isPresent()).findFirst();
  }

  /** Like {@link #byKey} but fails naming the key and the keys that were seen. */
  public WidgetId require(String key) {
    return byKey(key).orElseThrow(() -> new IllegalArgumentException("no widget with key '" + key
        + "' was rendered; keys seen: " + keys() + " (is the key spelled as in the app's key=...?)"));
  }

  public List<String> keys() {
    return ids.stream().map(w -> w.userKey().orElse("None")).collect(Collectors.toList());
  }

  @Override
  public String toString() {
    return "WidgetIdIndex" + keys();
  }
}
