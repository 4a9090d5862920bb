package dev.gauntlet.platform.runtime;

import dev.gauntlet.platform.common.Durations;
import dev.gauntlet.platform.runtime.AppSpecParser.RawCost;
import dev.gauntlet.platform.runtime.AppSpecParser.RawSpec;
import dev.gauntlet.platform.runtime.AppSpecParser.RawWidget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns a bound {@link RawSpec} into an {@link AppSpec}, naming the line of each bad value. */
final class SpecChecks {

  private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+");

  private final String file;
  private final SpecLines lines;

  SpecChecks(String file, SpecLines lines) {
    this.file = file;
    this.lines = lines;
  }

  AppSpec check(RawSpec raw) {
    if (raw.name() == null || raw.name().isBlank()) {
      throw fail("", "missing field 'name' in app spec (write e.g. name: dash)");
    }
    if (!NAME.matcher(raw.name()).matches()) {
      throw fail("/name", "name '" + raw.name() + "' must match [a-z0-9-]+ (write e.g. name: "
          + raw.name().toLowerCase().replaceAll("[^a-z0-9-]+", "-") + ")");
    }
    List<AppSpec.Widget> widgets = widgets(raw.widgets() == null ? List.of() : raw.widgets());
    int minimum = widgets.size() + 2;
    int elements = raw.elements() == null ? minimum : raw.elements();
    if (elements < minimum) {
      throw fail("/elements", "elements " + elements + " leaves no room for the heading, "
          + widgets.size() + " widget(s) and one markdown (write elements: " + minimum + " or more)");
    }
    return new AppSpec(raw.name(), cost("startup", raw.startup()), cost("rerun", raw.rerun()),
        elements, size("payloadBytes", raw.payloadBytes()),
        size("memoryPerSession", raw.memoryPerSession()), widgets);
  }

  private AppSpec.Cost cost(String field, RawCost raw) {
    if (raw == null) {
      return AppSpec.Cost.NONE;
    }
    return new AppSpec.Cost(duration(field, "cpu", raw.cpu()), duration(field, "wait", raw.waiting()));
  }

  private Duration duration(String parent, String field, String text) {
    if (text == null) {
      return Duration.ZERO;
    }
    try {
      return Durations.parse(text);
    } catch (IllegalArgumentException e) {
      throw fail("/" + parent + "/" + field, parent + "." + field + " '" + text
          + "' is not a duration (write e.g. 250ms, 2s)");
    }
  }

  private long size(String field, String text) {
    if (text == null) {
      return 0;
    }
    long bytes = ByteSizes.parse(text);
    if (bytes < 0) {
      throw fail("/" + field, field + " '" + text + "' is not a size (write e.g. 100B, 512KiB, 1MiB)");
    }
    return bytes;
  }

  private List<AppSpec.Widget> widgets(List<RawWidget> raws) {
    List<AppSpec.Widget> out = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < raws.size(); i++) {
      RawWidget raw = raws.get(i);
      String at = "/widgets/" + i;
      if (raw == null || raw.key() == null || !KEY.matcher(raw.key()).matches()) {
        throw fail(at, "widgets[" + i + "] needs a key of letters, digits, _ or - (write e.g. key: n)");
      }
      if (!keys.add(raw.key())) {
        throw fail(at + "/key", "widgets[" + i + "].key '" + raw.key() + "' is used twice (keys must be unique)");
      }
      String kindText = raw.kind() == null ? "" : raw.kind();
      String where = "widgets[" + i + "].kind";
      WidgetKind kind = WidgetKind.parse(kindText).orElseThrow(() -> fail(at + "/kind",
          where + " '" + kindText + "' is not a widget kind (" + hint(kindText) + ")"));
      out.add(new AppSpec.Widget(raw.key(), kind, raw.label() == null ? raw.key() : raw.label()));
    }
    return out;
  }

  private static String hint(String kindText) {
    String known = "known: " + Stream.of(WidgetKind.values())
        .map(WidgetKind::spelling).collect(Collectors.joining(", "));
    return WidgetKind.closest(kindText).map(k -> "did you mean " + k.spelling() + "?; " + known)
        .orElse(known);
  }

  private AppSpecException fail(String pointer, String reason) {
    return new AppSpecException(file, lines.lineOf(pointer), reason);
  }
}
