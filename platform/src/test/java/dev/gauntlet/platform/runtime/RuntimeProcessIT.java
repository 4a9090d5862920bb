package dev.gauntlet.platform.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The runtime process's life: a SIGTERM stops it, bad input exits 2 with a message. */
class RuntimeProcessIT {

  @Test
  void stopsWhenDestroyed() throws Exception {
    try (RuntimeProcess p = RuntimeProcess.start(Path.of("../apps/light.yaml"))) {
      p.awaitPort();
      p.process.destroy();
      p.awaitExit();
      assertThat(p.process.isAlive()).isFalse();
      assertThat(p.output()).contains("stopping");
    }
  }

  @Test
  void aMalformedSpecExitsTwoNamingFileAndLine() throws Exception {
    try (RuntimeProcess p = RuntimeProcess.start(Path.of("src/test/resources/runtime/bad-field.yaml"))) {
      assertThat(p.awaitExit()).isEqualTo(2);
      assertThat(p.output()).contains("gauntlet-platform runtime: bad app spec "
          + "(src/test/resources/runtime/bad-field.yaml line 4): unknown field 'elemnts' in app spec");
    }
  }

  @Test
  void aPortInUseExitsTwoNamingThePort() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        RuntimeProcess p = RuntimeProcess.start(Path.of("../apps/light.yaml"),
            "--port", Integer.toString(taken.getLocalPort()))) {
      assertThat(p.awaitExit()).isEqualTo(2);
      assertThat(p.output()).contains("port " + taken.getLocalPort() + " is in use");
    }
  }
}
