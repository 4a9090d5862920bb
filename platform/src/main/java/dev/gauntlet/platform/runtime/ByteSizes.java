package dev.gauntlet.platform.runtime;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes as people write them in specs: {@code 100B}, {@code 512KiB}, {@code 1MiB}; bare = bytes. */
final class ByteSizes {

  private static final Pattern FORM = Pattern.compile("(\\d+)\\s*(B|KiB|MiB|GiB)?");

  private ByteSizes() {}

  /** The size in bytes, or -1 when {@code text} is not a size. */
  static long parse(String text) {
    Matcher m = FORM.matcher(text.trim());
    if (!m.matches()) {
      return -1;
    }
    long amount = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "B" : m.group(2);
    return switch (unit) {
      case "KiB" -> amount << 10;
      case "MiB" -> amount << 20;
      case "GiB" -> amount << 30;
      default -> amount;
    };
  }
}
