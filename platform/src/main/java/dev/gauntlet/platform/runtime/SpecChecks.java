package dev.gauntlet.platform.runtime;

import dev.gauntlet.platform.common.Durations;
import dev.gauntlet.platform.runtime.AppSpecParser.RawCost;
import dev.gauntlet.platform.runtime.AppSpecParser.RawSpec;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/** Turns a bound {@link RawSpec} into an {@link AppSpec}, naming the line of each bad value. */
final class SpecChecks {

  private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");

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
    List<AppSpec.Widget> widgets = new WidgetChecks(this::fail).check(raw.widgets() == null ? List.of() : raw.widgets());
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

  AppSpecException fail(String pointer, String reason) {
    return new AppSpecException(file, lines.lineOf(pointer), reason);
  }
}
