package dev.gauntlet.measure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a journal line's fields in order; shared by the {@link JournalEvent} records. */
final class Fields {

  private Fields() {}

  static Map<String, Object> of(Object... pairs) {
    Map<String, Object> f = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      f.put((String) pairs[i], pairs[i + 1]);
    }
    return f;
  }

  static Map<String, Object> vu(long vu, String app, Object... pairs) {
    Map<String, Object> f = of("vu", vu, "app", app);
    f.putAll(of(pairs));
    return f;
  }

  static Map<String, Object> withError(Map<String, Object> f, String error) {
    if (error != null) {
      f.put("error", error);
    }
    return f;
  }

  static List<Map<String, Object>> targets(List<FaultTarget> targets) {
    return new ArrayList<>(targets.stream().map(FaultTarget::fields).toList());
  }

  /** Milliseconds rounded to microseconds, so lines stay short ({@code 12.345}). */
  static double ms(double millis) {
    return Math.round(millis * 1000.0) / 1000.0;
  }
}
