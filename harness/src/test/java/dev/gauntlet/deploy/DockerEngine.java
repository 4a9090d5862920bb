package dev.gauntlet.deploy;

import dev.gauntlet.deploy.internal.DockerApi;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Docker tests run when an engine answers; skipped without one, failed instead when GAUNTLET_REQUIRE_ALL=1. */
public final class DockerEngine {

  private DockerEngine() {}

  public static void requireOrSkip() {
    boolean available = DockerApi.available();
    boolean required = "1".equals(System.getenv("GAUNTLET_REQUIRE_ALL"))
        || "1".equals(System.getProperty("gauntlet.requireAll"));
    if (!available && required) {
      Assertions.fail("GAUNTLET_REQUIRE_ALL=1 but no Docker engine answers on " + DockerApi.SOCKET_PATH
          + "; start one (.ci/run does: dockerd --bridge=none --iptables=false)");
    }
    Assumptions.assumeTrue(available, "no Docker engine on " + DockerApi.SOCKET_PATH + ": skipped");
  }
}
