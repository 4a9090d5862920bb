package dev.gauntlet.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real orphan (a platform process with no owner) is reaped by pid; this JVM, listed too, is not. */
class ReapIT {

  @TempDir
  Path state;

  Process orphan;

  @AfterEach
  void cleanUp() {
    if (orphan != null) {
      orphan.destroyForcibly();
    }
  }

  @Test
  void reapsTheOrphanAndSparesEverythingElse() throws Exception {
    Path jar = Path.of(System.getProperty("gauntlet.platform.jar"));
    // no --owner-pid: as if started by a harness build that crashed before passing it
    orphan = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
        "-jar", jar.toString(), "gateway", "--scheduler", "http://127.0.0.1:9", "--port", "0")
        .redirectErrorStream(true)
        .redirectOutput(state.resolve("orphan.log").toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
    ProcessHandle me = ProcessHandle.current();
    Files.writeString(state.resolve("processes.json"), new ObjectMapper().writeValueAsString(List.of(
        entry("gateway-1", orphan.toHandle(), "gauntlet-platform"),
        entry("gateway-2", me, "gauntlet-platform"),
        entry("scheduler", orphan.toHandle(), "some-other-program"))));

    List<String> reaped = LocalState.at(state).reap();

    assertThat(reaped).containsExactly("gateway-1 (pid " + orphan.pid() + ")");
    assertThat(orphan.waitFor(5, TimeUnit.SECONDS)).isTrue();
    assertThat(me.isAlive()).isTrue();
  }

  private static Map<String, Object> entry(String component, ProcessHandle p, String marker) {
    return Map.of("component", component, "pid", p.pid(),
        "startedAt", p.info().startInstant().orElseThrow().toEpochMilli(), "marker", marker);
  }
}
