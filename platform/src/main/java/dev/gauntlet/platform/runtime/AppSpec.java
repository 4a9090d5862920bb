package dev.gauntlet.platform.runtime;

import dev.gauntlet.protocol.widgets.WidgetKind;
import java.time.Duration;
import java.util.List;

/**
 * One synthetic app as the runtime hosts it, parsed from YAML by {@link AppSpecParser}.
 *
 * @param name the app's name, {@code [a-z0-9-]+}
 * @param startup the cold start, paid once before the pod reports ready
 * @param rerun the cost of every script run
 * @param elements elements per run: a heading, one per widget, markdown for the rest
 * @param payloadBytes bytes of markdown text per run, spread over the markdown elements
 * @param memoryPerSessionBytes heap each live session holds
 * @param widgets the app's widgets, in render order
 */
public record AppSpec(
    String name,
    Cost startup,
    Cost rerun,
    int elements,
    long payloadBytes,
    long memoryPerSessionBytes,
    List<Widget> widgets) {

  public AppSpec {
    widgets = List.copyOf(widgets);
  }

  /** Markdown elements per run: what the heading and the widgets leave, at least one. */
  public int markdownElements() {
    return Math.max(1, elements - 1 - widgets.size());
  }

  /** Busy CPU work, then plain waiting ({@code wait} in the YAML). */
  public record Cost(Duration cpu, Duration waiting) {
    public static final Cost NONE = new Cost(Duration.ZERO, Duration.ZERO);

    public Duration total() {
      return cpu.plus(waiting);
    }
  }

  /**
   * A named widget; its id is derived from the app name and the key (see {@link AppIdentity}).
   *
   * @param integer a number input that holds ints ({@code type: int}); false for every other kind
   * @param options a selectbox's options, in order; empty for every other kind
   */
  public record Widget(String key, WidgetKind kind, String label, boolean integer, List<String> options) {

    public Widget {
      options = List.copyOf(options);
    }

    public Widget(String key, WidgetKind kind, String label) {
      this(key, kind, label, false, List.of());
    }
  }
}
