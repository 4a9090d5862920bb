package dev.gauntlet.deploy.internal;

import dev.gauntlet.deploy.DeploymentException;
import dev.gauntlet.scenario.Auth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The identity provider's command: the idp module's classes and its own classpath
 * ({@code idp/target/classpath.txt}, under {@code gauntlet.home} or {@code -Dgauntlet.idp.dir}),
 * never the harness's: its Netty and Kotlin stay in its own JVM.
 */
final class IdpLaunch {

  static final String COMPONENT = "idp";
  static final String MAIN = "dev.gauntlet.idp.IdpMain";
  /** Discovery answers once the provider serves tokens: its readiness. */
  static final String READY_PATH = "/" + Auth.LOCAL_ISSUER + "/.well-known/openid-configuration";

  private IdpLaunch() {}

  static List<String> command(LocalSettings settings, int port) {
    Path target = dir();
    Path cpFile = target.resolve("classpath.txt");
    String classpath;
    try {
      classpath = target.resolve("classes") + ":" + Files.readString(cpFile).trim();
    } catch (IOException e) {
      throw new DeploymentException("the identity provider's classpath " + cpFile + " is missing; build it with "
          + "'./mvnw -q -DskipTests package' in " + PlatformJar.home() + " (or set -Dgauntlet.idp.dir)");
    }
    List<String> cmd = new ArrayList<>(List.of(settings.java().toString(), "-Xmx128m", "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1", "-cp", classpath, MAIN,
        "--issuer", Auth.LOCAL_ISSUER,
        "--keys", settings.paths().root().resolve("idp").resolve("signing-key.json").toString(),
        "--token-ttl", Long.toString(settings.identity().tokenTtl().toSeconds()),
        "--port", Integer.toString(port),
        "--port-file", settings.paths().portFile(COMPONENT).toString()));
    if (settings.ownerPid() > 0) {
      cmd.addAll(List.of("--owner-pid", Long.toString(settings.ownerPid())));
    }
    return cmd;
  }

  static Path dir() {
    String explicit = System.getProperty("gauntlet.idp.dir");
    return (explicit != null && !explicit.isBlank() ? Path.of(explicit) : PlatformJar.home().resolve("idp/target"))
        .toAbsolutePath().normalize();
  }
}
