package dev.gauntlet.deploy.internal;

import dev.gauntlet.scenario.LocalTarget;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything a {@link LocalDeployment} needs, resolved once.
 *
 * @param java the java binary for every process (the harness's own)
 * @param ownerPid passed as {@code --owner-pid} so the deployment dies with this harness
 * @param componentReady how long the scheduler and each gateway may take to answer /readyz
 * @param poolMargin added to the longest startTimeout when waiting for warm pools
 * @param docker the docker kind's image and labels; null for local processes
 * @param identity the scenario's {@code auth:} when it wants the local identity provider; null otherwise
 */
public record LocalSettings(
    LocalTarget target,
    StatePaths paths,
    Path platformJar,
    Path java,
    long ownerPid,
    List<String> componentJvmOptions,
    Duration componentReady,
    Duration poolMargin,
    DockerSettings docker,
    dev.gauntlet.scenario.Auth identity) {

  /** The docker kind's image (its java and jar) and the labels of every container it starts; null for local. */
  public record DockerSettings(String image, java.util.Map<String, String> labels) {}

  public LocalSettings(LocalTarget target, StatePaths paths, Path platformJar, Path java, long ownerPid,
      List<String> componentJvmOptions, Duration componentReady, Duration poolMargin) {
    this(target, paths, platformJar, java, ownerPid, componentJvmOptions, componentReady, poolMargin, null, null);
  }

  public LocalSettings(LocalTarget target, StatePaths paths, Path platformJar, Path java, long ownerPid,
      List<String> componentJvmOptions, Duration componentReady, Duration poolMargin, DockerSettings docker) {
    this(target, paths, platformJar, java, ownerPid, componentJvmOptions, componentReady, poolMargin, docker, null);
  }

  /** The same with the local identity provider for {@code auth} (null: none). */
  public LocalSettings withIdentity(dev.gauntlet.scenario.Auth auth) {
    return new LocalSettings(target, paths, platformJar, java, ownerPid, componentJvmOptions, componentReady,
        poolMargin, docker, auth != null && auth.localProvider() ? auth : null);
  }

  /** As {@link #of}, for containers of {@code image}: its java and jar, no owner pid (labels reap instead). */
  static LocalSettings docker(LocalTarget target, Path stateDir, DockerSettings docker) {
    return new LocalSettings(target, new StatePaths(stateDir), Path.of(PlatformImage.JAR), Path.of(PlatformImage.JAVA), 0,
        COMPONENT_JVM_OPTIONS, Duration.ofSeconds(60), Duration.ofSeconds(30), docker);
  }

  /** Gateways and the scheduler are light; serial GC keeps many JVMs on a small machine. */
  static final List<String> COMPONENT_JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC", "-Xss512k");

  public static LocalSettings of(LocalTarget target, Path stateDir) {
    return new LocalSettings(target, new StatePaths(stateDir), PlatformJar.locate(),
        Path.of(System.getProperty("java.home"), "bin", "java"), ProcessHandle.current().pid(),
        COMPONENT_JVM_OPTIONS, Duration.ofSeconds(30), Duration.ofSeconds(15));
  }
}
