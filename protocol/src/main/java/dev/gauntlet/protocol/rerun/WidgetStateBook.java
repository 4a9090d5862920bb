package dev.gauntlet.protocol.rerun;

import dev.gauntlet.protocol.proto.WidgetState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The current value of every widget of one session, in the order first set. MUTABLE and
 * synchronized: one per session. A rerun carries the whole book; a button's trigger is true only
 * for the rerun its click causes, so {@link #snapshotForRerun()} drops triggers once taken, as the
 * browser's widget state manager does.
 */
public final class WidgetStateBook {
  private final Map<String, WidgetState> byId = new LinkedHashMap<>();

  /** Sets (or replaces) one widget's value. */
  public synchronized WidgetStateBook put(WidgetState state) {
    byId.put(state.getId(), state);
    return this;
  }

  /** All current values, triggers included as they are. */
  public synchronized List<WidgetState> snapshot() {
    return List.copyOf(byId.values());
  }

  /** All current values for the next rerun; triggers are then forgotten (they fire once). */
  public synchronized List<WidgetState> snapshotForRerun() {
    List<WidgetState> out = new ArrayList<>(byId.values());
    byId.values().removeIf(s -> s.getValueCase() == WidgetState.ValueCase.TRIGGER_VALUE
        || s.getValueCase() == WidgetState.ValueCase.STRING_TRIGGER_VALUE);
    return List.copyOf(out);
  }

  public synchronized int size() {
    return byId.size();
  }
}
