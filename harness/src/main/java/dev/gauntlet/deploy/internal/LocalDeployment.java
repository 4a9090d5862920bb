package dev.gauntlet.deploy.internal;

import dev.gauntlet.deploy.ComponentProcess;
import dev.gauntlet.deploy.DeploymentException;
import dev.gauntlet.deploy.Endpoints;
import dev.gauntlet.deploy.SchedulerClient;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.yaml.DurationText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The embedded default deployment: a scheduler and N gateways as processes on this machine,
 * each supervised with back-off; runtime pods are the scheduler's. Mutable: one per run.
 */
public final class LocalDeployment implements TargetOps.Forwarding {

  private final LocalSettings settings;
  private final Consumer<String> log;
  private final ProcessRegistry registry;
  private final ComponentLauncher launcher;
  private final RestartWatch restartWatch;
  private final Map<String, Supervisor> supervisors = new LinkedHashMap<>();
  private final Map<String, Integer> ports = new LinkedHashMap<>();
  private StateLock lock;
  private Endpoints endpoints;
  private java.nio.file.Path authFile;
  private volatile boolean stopped;

  public LocalDeployment(LocalSettings settings, Consumer<String> log) {
    this(settings, log, null);
  }

  /** With {@code spawn}, components start through it (containers) instead of as local processes. */
  LocalDeployment(LocalSettings settings, Consumer<String> log, ComponentLauncher.Spawn spawn) {
    this.settings = settings;
    this.log = log;
    this.registry = new ProcessRegistry(settings.paths().registry());
    this.launcher = spawn == null ? new ComponentLauncher(settings, registry) : new ComponentLauncher(settings, spawn);
    this.restartWatch = new RestartWatch(launcher, settings.componentReady(), log);
  }

  @Override
  public Endpoints start() {
    // no monitor held while waiting: a shutdown hook's stop() must not wait for start() to time out
    StateLock taken = Leftovers.lockAndReap(settings.paths(), log);
    if (settings.docker() == null) {
      ContainerReaper.reapCrashedRunsIfAny(log); // a crashed docker run's containers go at the next up or run too
    }
    synchronized (this) {
      lock = taken;
    }
    try {
      SchedulerConfig.write(settings);
      LocalTarget target = settings.target();
      Ports.checkFree(target);
      long since = System.currentTimeMillis();
      Optional<URI> idp = Optional.empty();
      if (settings.identity() != null) {
        idp = Optional.of(URI.create("http://127.0.0.1:" + bringUp(List.of(IdpLaunch.COMPONENT), c -> List.of("idp")).get(0)));
        authFile = GatewayAuthFile.write(settings, idp.get());
      }
      URI scheduler = URI.create("http://127.0.0.1:" + bringUp(List.of("scheduler"), this::schedulerArgs).get(0));
      List<String> gatewayNames = new ArrayList<>();
      for (int i = 1; i <= target.gateways(); i++) {
        gatewayNames.add("gateway-" + i);
      }
      List<URI> gateways = bringUp(gatewayNames, name -> gatewayArgs(scheduler)).stream()
          .map(port -> URI.create("http://127.0.0.1:" + port)).toList();
      log.accept("waiting for warm pools: " + target.apps().stream()
          .map(a -> a.app() + " x" + a.warm()).toList());
      new PoolWaiter(settings, scheduler).await(since);
      synchronized (this) {
        endpoints = new Endpoints(gateways, scheduler, target.appNames(), idp);
        return endpoints;
      }
    } catch (RuntimeException e) {
      stop();
      throw e;
    }
  }

  /** Launches the components together, waits for each to be ready, then supervises them. */
  private List<Integer> bringUp(List<String> components, Function<String, List<String>> args) {
    List<Integer> bound = new ArrayList<>();
    try {
      for (String c : components) {
        int port = Ports.wanted(settings.target(), c);
        Child child = launcher.launch(c, args.apply(c), port);
        synchronized (this) {
          supervisors.put(c, new Supervisor(c, child, () -> restartWatch.launched(c,
              launcher.launch(c, args.apply(c), ports.get(c)), () -> restarts(c)),
              BackOff.standard(), Clock.systemUTC(), d -> Thread.sleep(d.toMillis()), log));
          if (stopped) {
            child.destroy(true); // stop() ran while this one was being spawned
            throw new DeploymentException("the deployment was stopped while starting");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + settings.java() + ": " + e.getMessage(), e);
    }
    for (String c : components) {
      Supervisor s;
      synchronized (this) {
        s = supervisors.get(c);
      }
      URI uri = launcher.awaitReady(c, s.child(), settings.componentReady());
      synchronized (this) {
        ports.put(c, uri.getPort());
        if (stopped) {
          throw new DeploymentException("the deployment was stopped while starting");
        }
        s.start();
      }
      bound.add(uri.getPort());
      log.accept(c + " ready at " + uri + " (pid " + s.child().pid() + ", log " + settings.paths().log(c) + ")");
    }
    return bound;
  }

  private List<String> schedulerArgs(String component) {
    var s = settings.target().scheduler();
    return List.of("scheduler", "--config", settings.paths().schedulerConfig().toString(),
        "--state-dir", settings.paths().schedulerState().toString(),
        "--health-interval", DurationText.format(s.healthInterval()),
        "--health-failures", Integer.toString(s.healthFailures()),
        "--detached-ttl", DurationText.format(s.detachedTtl()));
  }

  private List<String> gatewayArgs(URI scheduler) {
    List<String> args = new ArrayList<>(List.of("gateway", "--scheduler", scheduler.toString(),
        "--placement-deadline", DurationText.format(settings.target().scheduler().placementDeadline())));
    if (authFile != null) {
      args.addAll(List.of("--auth", authFile.toString()));
    }
    return args;
  }

  @Override
  public synchronized Endpoints endpoints() {
    if (endpoints == null) {
      throw new IllegalStateException("the deployment is not started");
    }
    return endpoints;
  }

  @Override
  public synchronized List<ComponentProcess> processes() {
    return supervisors.values().stream()
        .map(s -> new ComponentProcess(s.component(), s.child().pid(), ports.getOrDefault(s.component(), 0), s.restarts()))
        .toList();
  }

  @Override
  public void onRestart(Consumer<ComponentProcess> listener) {
    restartWatch.listen(listener);
  }

  private synchronized int restarts(String component) {
    Supervisor s = supervisors.get(component);
    return s == null ? 0 : s.restarts();
  }

  @Override
  public LocalTargets targetOps() {
    return new LocalTargets(SchedulerClient.at(endpoints().scheduler()), this::processes);
  }

  @Override
  public void stop() {
    List<Supervisor> all;
    synchronized (this) {
      if (stopped || lock == null) {
        return;
      }
      stopped = true;
      all = new ArrayList<>(supervisors.values());
      restartWatch.stop();
    }
    all.forEach(Supervisor::stop);
    // gateways before the scheduler, the scheduler before its pods: nothing recreates what is gone
    List<Supervisor> reversed = new ArrayList<>(all);
    Collections.reverse(reversed);
    List<ProcessHandle> children = new ArrayList<>();
    for (Supervisor s : reversed) {
      List<ProcessHandle> handle = ProcessHandle.of(s.child().pid()).stream().toList();
      // the scheduler's children are its pods: seen now, they are surely ours to stop later
      handle.forEach(h -> h.descendants().forEach(children::add));
      handle.forEach(ProcessHandle::destroy);
      Reaper.terminate(handle, 5_000);
    }
    children.forEach(ProcessHandle::destroy);
    Reaper.terminate(children, 2_000);
    List<String> pods = Reaper.reap(PodFiles.read(settings.paths().pods()));
    if (!pods.isEmpty()) {
      log.accept("stopped " + String.join(", ", pods));
    }
    registry.clear();
    for (String component : all.stream().map(Supervisor::component).toList()) {
      try {
        Files.deleteIfExists(settings.paths().portFile(component));
      } catch (IOException e) {
        // a stale port file is rewritten before it is read again
      }
    }
    lock.close();
  }
}
