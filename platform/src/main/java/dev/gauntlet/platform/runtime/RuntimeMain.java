package dev.gauntlet.platform.runtime;

import dev.gauntlet.platform.common.ServiceProcess;
import dev.gauntlet.platform.common.StartupException;
import io.vertx.core.Vertx;
import java.net.BindException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Entry point of the runtime service: {@code runtime --app-spec FILE [options]}. */
public final class RuntimeMain {

  private RuntimeMain() {}

  public static void main(String[] argv) {
    RuntimeOptions options = RuntimeOptions.parse(argv);
    AppSpec spec;
    try {
      spec = AppSpecParser.read(options.appSpec());
    } catch (AppSpecException e) {
      throw new StartupException("bad app spec (" + AppSpecException.place(e.file(), e.line())
          + "): " + e.reason(), "fix " + e.file() + " and start again");
    }
    ServiceProcess.exitWhenOwnerEnds(options.ownerPid(), "runtime");
    String who = options.podId().isEmpty() ? "runtime" : "runtime " + options.podId();
    Consumer<String> log = line -> ServiceProcess.log(who, line);
    Vertx vertx = Vertx.vertx();
    RuntimeServer server = new RuntimeServer(vertx, options, spec, log);
    int port;
    try {
      port = server.listen().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | InterruptedException | java.util.concurrent.TimeoutException e) {
      vertx.close();
      Throwable cause = e.getCause() == null ? e : e.getCause();
      String where = options.host() + ":" + options.port();
      if (cause instanceof BindException || String.valueOf(cause.getMessage()).contains("in use")) {
        throw new StartupException("cannot listen (" + where + "): port " + options.port()
            + " is in use", "pass another --port, or --port 0 to pick a free one");
      }
      throw new StartupException("cannot listen (" + where + "): " + cause, "check --host and --port");
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      log.accept("stopping");
      try {
        vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
      } catch (Exception e) {
        // exiting anyway: the process is going away
      }
    }, "runtime-shutdown"));
    ServiceProcess.writePortFile(options.portFile(), port);
    log.accept("listening on " + options.host() + ":" + port + " (app " + spec.name() + ", spec "
        + options.appSpec() + ")");
    server.beginStartup();
  }
}
