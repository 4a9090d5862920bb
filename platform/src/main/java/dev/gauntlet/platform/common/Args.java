package dev.gauntlet.platform.common;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --name value} command-line options; every option a service reads must be declared. */
public final class Args {

  private final String service;
  private final Map<String, String> values = new HashMap<>();
  private final Set<String> read = new HashSet<>();

  private Args(String service) {
    this.service = service;
  }

  public static Args parse(String service, String[] argv) {
    Args args = new Args(service);
    for (int i = 0; i < argv.length; i++) {
      String a = argv[i];
      if (!a.startsWith("--")) {
        throw new StartupException("unexpected argument '" + a + "'", "options are --name value");
      }
      String name = a.substring(2);
      String value;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      } else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) {
        value = argv[++i];
      } else {
        value = "true";
      }
      args.values.put(name, value);
    }
    return args;
  }

  public Optional<String> string(String name) {
    read.add(name);
    return Optional.ofNullable(values.get(name));
  }

  public String string(String name, String fallback) {
    return string(name).orElse(fallback);
  }

  public String required(String name, String fix) {
    return string(name)
        .orElseThrow(() -> new StartupException(service + " needs --" + name, fix));
  }

  public Path path(String name, String fix) {
    return Path.of(required(name, fix));
  }

  public int integer(String name, int fallback) {
    String v = string(name, null);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new StartupException("--" + name + " '" + v + "' is not a whole number", "give e.g. --" + name + " " + fallback);
    }
  }

  public long longValue(String name, long fallback) {
    String v = string(name, null);
    if (v == null) {
      return fallback;
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new StartupException("--" + name + " '" + v + "' is not a whole number", "give e.g. --" + name + " " + fallback);
    }
  }

  public Duration duration(String name, Duration fallback) {
    String v = string(name, null);
    if (v == null) {
      return fallback;
    }
    try {
      return Durations.parse(v);
    } catch (IllegalArgumentException e) {
      throw new StartupException("--" + name + " '" + v + "': " + e.getMessage(), "write e.g. 250ms, 2s, 1m");
    }
  }

  /** Fails on options nobody read: a typo must not be silently ignored. */
  public void rejectUnknown() {
    for (String name : values.keySet()) {
      if (!read.contains(name)) {
        throw new StartupException(
            service + ": unknown option --" + name, "known options: --" + String.join(", --", read));
      }
    }
  }
}
