package dev.gauntlet.deploy.internal;

import dev.gauntlet.deploy.ComponentProcess;
import dev.gauntlet.deploy.DeploymentException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

/**
 * Tells listeners when a component the supervisor restarted is ready again (its port file and
 * {@code /readyz}), so a run can journal how long a gateway or scheduler kill kept it away.
 * Waits on a daemon thread per restart: the supervisor goes back to watching the process at once.
 */
final class RestartWatch {

  private final ComponentLauncher launcher;
  private final Duration readyDeadline;
  private final Consumer<String> log;
  private final List<Consumer<ComponentProcess>> listeners = new CopyOnWriteArrayList<>();
  private volatile boolean stopped;

  RestartWatch(ComponentLauncher launcher, Duration readyDeadline, Consumer<String> log) {
    this.launcher = launcher;
    this.readyDeadline = readyDeadline;
    this.log = log;
  }

  void listen(Consumer<ComponentProcess> listener) {
    listeners.add(listener);
  }

  /** Called with each relaunched child; returns it, so it sits inside the supervisor's launch. */
  Child launched(String component, Child child, IntSupplier restarts) {
    Thread wait = new Thread(() -> awaitReady(component, child, restarts), "restart-ready-" + component);
    wait.setDaemon(true);
    wait.start();
    return child;
  }

  void stop() {
    stopped = true;
  }

  private void awaitReady(String component, Child child, IntSupplier restarts) {
    try {
      URI uri = launcher.awaitReady(component, child, readyDeadline);
      if (stopped) {
        return; // the deployment went down meanwhile: no restart to report
      }
      log.accept(component + " ready again at " + uri + " (pid " + child.pid() + ")");
      ComponentProcess ready = new ComponentProcess(component, child.pid(), uri.getPort(), restarts.getAsInt());
      listeners.forEach(l -> l.accept(ready));
    } catch (DeploymentException e) {
      if (!stopped) {
        log.accept(component + " was restarted but did not get ready: " + e.getMessage());
      }
    }
  }
}
