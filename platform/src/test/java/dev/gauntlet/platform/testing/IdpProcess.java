package dev.gauntlet.platform.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * The identity provider (idp module: mock-oauth2-server) as a real process for a test, from
 * {@code -Dgauntlet.idp.dir} (idp/target: its classes and classpath.txt), stopped by pid.
 */
public final class IdpProcess implements AutoCloseable {

  public final Process process;
  public final int port;
  public final Path keyFile;

  private IdpProcess(Process process, int port, Path keyFile) {
    this.process = process;
    this.port = port;
    this.keyFile = keyFile;
  }

  public static IdpProcess start(Path dir, String tokenTtlSeconds) throws IOException {
    return start(dir, tokenTtlSeconds, 0);
  }

  /** On {@code port} (0: a free one), e.g. to restart the provider where the gateway looks for it. */
  public static IdpProcess start(Path dir, String tokenTtlSeconds, int port) throws IOException {
    Path target = Path.of(System.getProperty("gauntlet.idp.dir", "../idp/target"));
    Path cpFile = target.resolve("classpath.txt");
    if (!Files.isRegularFile(cpFile)) {
      throw new IllegalStateException("no " + cpFile.toAbsolutePath() + ": build the idp module first (-pl idp,platform)");
    }
    String classpath = target.resolve("classes") + ":" + Files.readString(cpFile).trim();
    Path portFile = dir.resolve("idp.port");
    Path keyFile = dir.resolve("idp-key.json");
    Files.deleteIfExists(portFile);
    Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", classpath, "dev.gauntlet.idp.IdpMain",
        "--issuer", "gauntlet", "--keys", keyFile.toString(), "--token-ttl", tokenTtlSeconds, "--port", Integer.toString(port),
        "--port-file", portFile.toString(), "--owner-pid", Long.toString(ProcessHandle.current().pid())))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("idp.log").toFile()))
        .start();
    try {
      Awaitility.await("the idp writes its port file " + portFile).atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(50)).until(() -> Files.exists(portFile) || !process.isAlive());
    } catch (RuntimeException e) {
      process.destroyForcibly();
      throw e;
    }
    if (!process.isAlive()) {
      throw new IllegalStateException("idp exited with " + process.exitValue() + ": " + Files.readString(dir.resolve("idp.log")));
    }
    return new IdpProcess(process, Integer.parseInt(Files.readString(portFile).trim()), keyFile);
  }

  public String issuer() {
    return "http://127.0.0.1:" + port + "/gauntlet";
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor();
    }
  }
}
