package dev.gauntlet.deploy.internal;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import java.time.Duration;

/** The Docker engine on this machine's socket, and the labels every container of ours carries. */
public final class DockerApi {

  public static final String SOCKET_PATH = "/var/run/docker.sock";
  public static final String RUN = "dev.gauntlet.run";
  /** {@code PID@STARTMILLIS} of the harness that started the run: a label whose process is gone is a crashed run's. */
  public static final String HARNESS = "dev.gauntlet.harness";
  public static final String COMPONENT = "dev.gauntlet.component";
  public static final String POD = "dev.gauntlet.pod";
  public static final String APP = "dev.gauntlet.app";
  /** A component's name ({@code gateway-2}); pods carry {@link #POD} instead. */
  public static final String NAME = "dev.gauntlet.name";

  private DockerApi() {}

  /** A client; no response timeout, so waiting for a container to exit can last. */
  public static DockerClient client() {
    return client(null);
  }

  private static DockerClient client(Duration responseTimeout) {
    DefaultDockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder()
        .withDockerHost("unix://" + SOCKET_PATH).build();
    ZerodepDockerHttpClient.Builder http = new ZerodepDockerHttpClient.Builder()
        .dockerHost(config.getDockerHost())
        .maxConnections(100)
        .connectionTimeout(Duration.ofSeconds(5));
    if (responseTimeout != null) {
      http.responseTimeout(responseTimeout);
    }
    return DockerClientImpl.getInstance(config, http.build());
  }

  /** Whether an engine answers on the socket within 5 s (tests skip, and the docker kind fails fast, when not). */
  public static boolean available() {
    if (!java.nio.file.Files.exists(java.nio.file.Path.of(SOCKET_PATH))) {
      return false;
    }
    try (DockerClient c = client(Duration.ofSeconds(5))) {
      c.pingCmd().exec();
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  /** This harness as {@link #HARNESS} labels it. */
  public static String harnessLabel() {
    ProcessHandle me = ProcessHandle.current();
    return me.pid() + "@" + me.info().startInstant().map(i -> i.toEpochMilli()).orElse(0L);
  }

  /** Whether the harness a {@link #HARNESS} label names still runs (the same process, not a reused pid). */
  static boolean live(String harnessLabel) {
    if (harnessLabel == null || !harnessLabel.contains("@")) {
      return false;
    }
    String[] parts = harnessLabel.split("@", 2);
    try {
      long pid = Long.parseLong(parts[0]);
      long started = Long.parseLong(parts[1]);
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
          .flatMap(h -> h.info().startInstant())
          .map(i -> Math.abs(i.toEpochMilli() - started) < 1_000).orElse(false);
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
