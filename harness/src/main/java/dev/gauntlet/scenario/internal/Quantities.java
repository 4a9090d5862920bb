package dev.gauntlet.scenario.internal;

import dev.gauntlet.yaml.Fields;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** CPU and memory as Kubernetes writes them: {@code cpu: 0.5} or {@code 500m}; {@code memory: 256Mi}, {@code 1G}. */
final class Quantities {

  private static final Pattern CPU = Pattern.compile("(\\d+(?:\\.\\d+)?)(m?)");
  private static final Pattern MEMORY = Pattern.compile("(\\d+(?:\\.\\d+)?)(Ki|Mi|Gi|Ti|k|K|M|G|T)?");
  private static final Map<String, Long> UNITS = Map.of("Ki", 1L << 10, "Mi", 1L << 20, "Gi", 1L << 30,
      "Ti", 1L << 40, "k", 1_000L, "K", 1_000L, "M", 1_000_000L, "G", 1_000_000_000L, "T", 1_000_000_000_000L);

  private Quantities() {}

  /** Cores; null when the key is absent. */
  static Double cpus(Fields f, String key) {
    String text = f.string(key, null);
    if (text == null) {
      return null;
    }
    Matcher m = CPU.matcher(text.trim());
    double cores = m.matches() ? Double.parseDouble(m.group(1)) / (m.group(2).isEmpty() ? 1 : 1000) : 0;
    if (cores <= 0) {
      throw f.error(key, f.get(key).orElseThrow(), "is '" + text + "', not a CPU amount",
          "write cores (cpu: 0.5) or millicores (cpu: 500m)");
    }
    return cores;
  }

  /** Bytes; null when the key is absent. */
  static Long memoryBytes(Fields f, String key) {
    String text = f.string(key, null);
    if (text == null) {
      return null;
    }
    Matcher m = MEMORY.matcher(text.trim());
    long bytes = m.matches() ? Math.round(Double.parseDouble(m.group(1)) * (m.group(2) == null ? 1 : UNITS.get(m.group(2))))
        : 0;
    if (bytes < 4L << 20) {
      throw f.error(key, f.get(key).orElseThrow(), "is '" + text + "', not a memory amount of at least 4Mi",
          "write e.g. memory: 256Mi (Ki, Mi, Gi; or k, M, G)");
    }
    return bytes;
  }
}
