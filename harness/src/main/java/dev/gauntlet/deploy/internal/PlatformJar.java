package dev.gauntlet.deploy.internal;

import dev.gauntlet.deploy.DeploymentException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the platform's executable jar: {@code -Dgauntlet.platform.jar}, else under {@code gauntlet.home}. */
public final class PlatformJar {

  static final String RELATIVE = "platform/target/gauntlet-platform.jar";

  private PlatformJar() {}

  public static Path locate() {
    String explicit = System.getProperty("gauntlet.platform.jar");
    Path jar = explicit != null && !explicit.isBlank()
        ? Path.of(explicit)
        : home().resolve(RELATIVE);
    jar = jar.toAbsolutePath().normalize();
    if (!Files.isRegularFile(jar)) {
      throw new DeploymentException("the platform jar " + jar + " does not exist; build it with "
          + "'./mvnw -q -DskipTests package' in " + home() + " (or set -Dgauntlet.platform.jar)");
    }
    return jar;
  }

  /** The project root: {@code -Dgauntlet.home} (set by ./gauntlet and by failsafe), else the working dir. */
  public static Path home() {
    String home = System.getProperty("gauntlet.home");
    return (home == null || home.isBlank() ? Path.of("") : Path.of(home)).toAbsolutePath().normalize();
  }
}
