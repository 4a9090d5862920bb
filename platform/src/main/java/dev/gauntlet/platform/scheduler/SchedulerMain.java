package dev.gauntlet.platform.scheduler;

import dev.gauntlet.platform.common.Args;
import dev.gauntlet.platform.common.ServiceProcess;
import dev.gauntlet.platform.common.StartupException;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Entry point of the scheduler service: options, config, then {@link SchedulerService} on Vert.x. */
public final class SchedulerMain {

  private SchedulerMain() {}

  /** The scheduler's options (docs/platform.md, "scheduler"). */
  record Options(SchedulerConfig config, Path stateDir, String host, int port, Optional<String> portFile,
      Optional<String> ownerPid, Duration healthInterval, int healthFailures, Duration detachedTtl,
      Duration failoverHold) {}

  /** Local processes and docker containers share the host's CPU with the pods that take a failed pod's sessions. */
  static final Duration SHARED_HOST_FAILOVER_HOLD = Duration.ofMillis(750);

  public static void main(String[] argv) {
    Args args = Args.parse("scheduler", argv);
    Path configFile = args.path("config", "pass --config FILE (the pools, see docs/platform.md)");
    Path stateDir = args.path("state-dir", "pass --state-dir DIR (pod files and logs survive restarts there)");
    String host = args.string("host", "127.0.0.1");
    int port = args.integer("port", 0);
    Optional<String> portFile = args.string("port-file");
    Optional<String> ownerPid = args.string("owner-pid");
    Duration healthInterval = args.duration("health-interval", Duration.ofSeconds(1));
    int healthFailures = args.integer("health-failures", 3);
    Duration detachedTtl = args.duration("detached-ttl", Duration.ofSeconds(120));
    Optional<Duration> failoverHold = Optional.ofNullable(args.duration("failover-hold", null));
    args.rejectUnknown();
    if (healthFailures < 1) {
      throw new StartupException("--health-failures " + healthFailures + " is below 1", "give e.g. --health-failures 3");
    }
    SchedulerConfig config = SchedulerConfigParser.parse(configFile);
    ServiceProcess.exitWhenOwnerEnds(ownerPid, "scheduler");
    Duration hold = failoverHold.orElse(config.kubernetes().isPresent() ? Duration.ZERO : SHARED_HOST_FAILOVER_HOLD);
    run(new Options(config, stateDir.toAbsolutePath(), host, port, portFile, ownerPid, healthInterval, healthFailures,
        detachedTtl, hold));
  }

  private static void run(Options options) {
    Vertx vertx = Vertx.vertx();
    SchedulerService service = new SchedulerService(options);
    try {
      vertx.deployVerticle(service).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      vertx.close();
      Throwable cause = e.getCause();
      if (cause instanceof StartupException se) {
        throw se;
      }
      throw new StartupException("cannot listen on " + options.host() + ":" + options.port() + ": " + cause.getMessage(),
          "pick a free port or --port 0", cause);
    } catch (Exception e) {
      vertx.close();
      throw new StartupException("scheduler did not start: " + e, "see the log above");
    }
    ServiceProcess.writePortFile(options.portFile(), service.port());
    ServiceProcess.log("scheduler", "listening on http://" + options.host() + ":" + service.port()
        + " state " + options.stateDir() + " pools " + options.config().pools().stream().map(p -> p.app() + "(warm " + p.warm() + ")").toList());
    // Pods outlive the scheduler: stopping it never stops them (the harness or --owner-pid does).
    Runtime.getRuntime().addShutdownHook(new Thread(
        () -> ServiceProcess.log("scheduler", "stopping; pods keep running"), "scheduler-stop"));
  }
}
