package dev.gauntlet.deploy.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Keeps one component running like a kubelet: when its process exits while supervised, it is
 * started again (same port, through {@code launch}) after a {@link BackOff} delay. Mutable: one
 * per component, stopped by {@link #stop()}.
 */
public final class Supervisor {

  /** Starts the component's process again; throws if it cannot even be spawned. */
  public interface Launch {
    Child start() throws Exception;
  }

  /** Waits; a seam so tests run the back-off schedule without sleeping. */
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private final String component;
  private final Launch launch;
  private final BackOff backOff;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Consumer<String> log;
  private volatile Child child;
  private volatile boolean stopping;
  private volatile int restarts;
  private Thread thread;

  public Supervisor(String component, Child first, Launch launch, BackOff backOff, Clock clock, Sleeper sleeper,
      Consumer<String> log) {
    this.component = component;
    this.child = first;
    this.launch = launch;
    this.backOff = backOff;
    this.clock = clock;
    this.sleeper = sleeper;
    this.log = log;
  }

  /** Watches on a daemon thread. */
  public synchronized void start() {
    thread = new Thread(this::run, "supervise-" + component);
    thread.setDaemon(true);
    thread.start();
  }

  /** Watches on the calling thread until {@link #stop()} (or the thread is interrupted). */
  public void run() {
    Instant startedAt = clock.instant();
    Duration delay = null;
    while (!stopping) {
      int status;
      try {
        status = child.exit().get();
      } catch (InterruptedException e) {
        return;
      } catch (ExecutionException e) {
        status = -1;
      }
      if (stopping) {
        return;
      }
      Duration ran = Duration.between(startedAt, clock.instant());
      delay = backOff.next(delay, ran);
      String who = child.pid() < 0 ? "not started" : "pid " + child.pid();
      log.accept(component + " (" + who + ") exited with status " + status + " after " + ran.toMillis()
          + "ms; restarting in " + delay.toMillis() + "ms (restart " + (restarts + 1) + ")");
      try {
        sleeper.sleep(delay);
      } catch (InterruptedException e) {
        return;
      }
      if (stopping) {
        return;
      }
      startedAt = clock.instant();
      restarts++;
      try {
        child = launch.start();
      } catch (Exception e) {
        log.accept(component + " could not be started: " + e.getMessage());
        child = Children.exited(-1);
      }
      if (stopping) {
        child.destroy(true); // stop() came while it was being spawned: it must not outlive the deployment
        return;
      }
    }
  }

  /** Stops restarting and waits for the watch to end; the caller then ends {@link #child()} itself. */
  public void stop() {
    stopping = true;
    Thread t;
    synchronized (this) {
      t = thread;
    }
    if (t != null && t != Thread.currentThread()) {
      t.interrupt();
      try {
        t.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  public Child child() {
    return child;
  }

  public int restarts() {
    return restarts;
  }

  public String component() {
    return component;
  }
}
