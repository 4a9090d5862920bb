package dev.gauntlet.platform.runtime;

import dev.gauntlet.protocol.proto.BackMsg;
import dev.gauntlet.protocol.proto.ForwardMsg;
import dev.gauntlet.protocol.proto.WidgetState;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Starts and stops script runs. Called on the session's event loop; the CPU cost runs on a worker
 * pool sized to the cores, the wait is a timer, and the messages go out from the event loop.
 */
final class ScriptRunner {

  private final Vertx vertx;
  private final WorkerExecutor workers;
  private final AppIdentity app;
  private final RuntimeMetrics metrics;

  ScriptRunner(Vertx vertx, AppIdentity app, RuntimeMetrics metrics) {
    this.vertx = vertx;
    this.app = app;
    this.metrics = metrics;
    int cores = Runtime.getRuntime().availableProcessors();
    this.workers = vertx.createSharedWorkerExecutor("script-runs", Math.max(1, cores));
  }

  /** A rerun_script: stops the run in progress (FINISHED_EARLY_FOR_RERUN) and starts a new one. */
  void rerun(Session s, BackMsg msg) {
    stop(s, true);
    for (WidgetState state : msg.getRerunScript().getWidgetStates().getWidgetsList()) {
      AppSpec.Widget widget = app.widgetById(state.getId()).orElse(null);
      metrics.widgetValue(widget, state.getValueCase().name().toLowerCase(Locale.ROOT),
          widget != null && WidgetValues.fits(widget, state));
    }
    Map<String, WidgetState> values = s.values().merge(msg.getRerunScript().getWidgetStates());
    ScriptRun script = new ScriptRun(app, s.id(), UUID.randomUUID().toString(),
        msg.getDebugLastBackmsgId(), values);
    Session.Run run = new Session.Run(script);
    s.run(run);
    metrics.runStarted();
    for (ForwardMsg m : script.opening()) {
      s.send(m);
    }
    AppSpec.Cost cost = app.spec().rerun();
    if (cost.cpu().isZero()) {
      afterCpu(s, run, cost);
    } else {
      workers.executeBlocking(() -> CpuBurn.burn(cost.cpu(), run.cancelled()::get), false)
          .onComplete(done -> afterCpu(s, run, cost));
    }
  }

  /** Stops the run in progress, if any; {@code tell} sends its script_finished(early). */
  void stop(Session s, boolean tell) {
    Session.Run current = s.run();
    if (current != null) {
      current.cancelled().set(true);
      s.run(null);
      metrics.runStoppedEarly();
      if (tell) {
        s.send(current.script().stoppedEarly());
      }
    }
  }

  private void afterCpu(Session s, Session.Run run, AppSpec.Cost cost) {
    if (cost.waiting().toMillis() <= 0) {
      finish(s, run);
    } else {
      vertx.setTimer(cost.waiting().toMillis(), t -> finish(s, run));
    }
  }

  private void finish(Session s, Session.Run run) {
    if (run.cancelled().get() || s.run() != run) {
      return;
    }
    s.run(null);
    for (ForwardMsg m : run.script().closing()) {
      s.send(m);
    }
    metrics.runFinished(System.nanoTime() - run.startNanos());
  }

  void close() {
    workers.close();
  }
}
