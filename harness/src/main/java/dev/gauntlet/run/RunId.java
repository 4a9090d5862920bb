package dev.gauntlet.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/** Run ids: {@code 20261122-223000-smoke-1a2b}, local time, scenario name, 4 random hex digits. */
public final class RunId {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private static final SecureRandom RANDOM = new SecureRandom();

  private RunId() {}

  public static String of(Clock clock, String scenario, int random) {
    String name = scenario.toLowerCase().replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
    return STAMP.format(clock.instant().atZone(ZoneId.systemDefault())) + "-" + (name.isEmpty() ? "run" : name)
        + "-" + HexFormat.of().toHexDigits((short) random);
  }

  /** A new id whose directory under {@code parent} does not exist yet. */
  public static String fresh(Clock clock, String scenario, Path parent) {
    for (int attempt = 0; attempt < 100; attempt++) {
      String id = of(clock, scenario, RANDOM.nextInt(1 << 16));
      if (!Files.exists(parent.resolve(id))) {
        return id;
      }
    }
    throw new IllegalStateException("no free run id under " + parent + " after 100 tries");
  }
}
