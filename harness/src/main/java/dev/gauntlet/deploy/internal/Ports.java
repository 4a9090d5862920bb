package dev.gauntlet.deploy.internal;

import dev.gauntlet.deploy.DeploymentException;
import dev.gauntlet.scenario.LocalTarget;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Which port each component asks for, and a check that fixed ports are free before starting. */
final class Ports {

  private Ports() {}

  /** {@code scheduler} on basePort, {@code gateway-N} on basePort+N; 0 (free port) without a basePort. */
  static int wanted(LocalTarget target, String component) {
    if (target.basePort() == 0) {
      return 0;
    }
    if (component.equals("scheduler")) {
      return target.basePort();
    }
    return target.basePort() + Integer.parseInt(component.substring("gateway-".length()));
  }

  static void checkFree(LocalTarget target) {
    if (target.basePort() == 0) {
      return;
    }
    for (int port = target.basePort(); port <= target.basePort() + target.gateways(); port++) {
      try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        probe.setReuseAddress(true);
      } catch (IOException e) {
        throw new DeploymentException("port " + port + " on 127.0.0.1 is in use (target.basePort " + target.basePort()
            + " puts the scheduler on it and gateways on the next " + target.gateways()
            + "); stop what holds it (e.g. ./gauntlet down) or choose another basePort, or 0 for free ports");
      }
    }
  }
}
