package dev.gauntlet.platform.runtime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stable names an app gets on the wire: its script hash {@code md5(name)} and its widget ids
 * {@code $$ID-md5(name + ":" + key)-key}, the same on every pod and every run.
 */
final class AppIdentity {

  private final AppSpec spec;
  private final String scriptHash;
  private final Map<String, String> widgetIds = new LinkedHashMap<>();
  private final Map<String, AppSpec.Widget> widgetsById = new HashMap<>();
  private final List<String> fillers;

  AppIdentity(AppSpec spec) {
    this.spec = spec;
    this.scriptHash = md5Hex(spec.name());
    for (AppSpec.Widget w : spec.widgets()) {
      widgetIds.put(w.key(), widgetId(spec.name(), w.key()));
      widgetsById.put(widgetId(spec.name(), w.key()), w);
    }
    this.fillers = RunElements.fillers(spec);
  }

  static String widgetId(String appName, String key) {
    return "$$ID-" + md5Hex(appName + ":" + key) + "-" + key;
  }

  static String md5Hex(String text) {
    return md5Hex(text.getBytes(StandardCharsets.UTF_8));
  }

  static String md5Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has MD5", e);
    }
  }

  AppSpec spec() {
    return spec;
  }

  String scriptHash() {
    return scriptHash;
  }

  List<String> fillers() {
    return fillers;
  }

  String widgetId(String key) {
    return widgetIds.get(key);
  }

  /** The declared widget a client's widget id names, if any. */
  Optional<AppSpec.Widget> widgetById(String id) {
    return Optional.ofNullable(widgetsById.get(id));
  }
}
