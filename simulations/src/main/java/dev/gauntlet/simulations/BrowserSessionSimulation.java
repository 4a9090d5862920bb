package dev.gauntlet.simulations;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyBytes;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitHereIf;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.stopLoadGeneratorIf;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static io.gatling.javaapi.http.HttpDsl.ws;

import dev.gauntlet.load.Abort;
import dev.gauntlet.simulations.internal.Browser;
import dev.gauntlet.simulations.internal.Frames;
import dev.gauntlet.simulations.internal.Injection;
import dev.gauntlet.simulations.internal.RunContext;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.WsFrameCheck;

/**
 * A browser session, as a Streamlit browser client runs one: the page, then health and host-config in parallel;
 * the socket offering {@code streamlit, PLACEHOLDER_AUTH_TOKEN}; the first run awaited to
 * {@code script_finished}; think, drive the next widget, await its rerun; close. A dropped socket
 * is recovered as the browser does ({@link #recover()}). Reads only the run's plan.json.
 */
public class BrowserSessionSimulation extends Simulation {

  private final RunContext run = RunContext.fromSystemProperties();

  private final ChainBuilder open = exec(s -> Browser.of(s).startStep(s))
      .exec(http("page").get(s -> Browser.of(s).pageUrl()).check(status().is(200))
          .resources(
              http("health").get(s -> Browser.of(s).healthUrl()).check(status().is(200)),
              http("host-config").get(s -> Browser.of(s).hostConfigUrl()).check(status().is(200))))
      .exec(s -> Browser.of(s).httpDone(s))
      .exitHereIf(s -> Browser.of(s).failedOrLost() && end(s))
      .exec(s -> Browser.of(s).startStep(s))
      .exec(connect("connect"))
      .exec(s -> Browser.of(s).connectDone(s))
      .exitHereIf(s -> Browser.of(s).failedOrLost() && end(s))
      .exec(ws("first run").wsName(s -> Browser.of(s).wsName())
          .sendBytes(s -> Browser.of(s).firstRun()).await(s -> Browser.of(s).interactionDeadline()).on(runEnd()))
      .exec(s -> Browser.of(s).afterAwait(s))
      .exec(readInbox())
      .exec(s -> Browser.of(s).completeFirstRender(s))
      .exec(recover())
      .exitHereIf(s -> Browser.of(s).failedOrLost() && end(s));

  private final ChainBuilder interact = asLongAs(s -> Browser.of(s).moreInteractions()).on(
      pause(s -> Browser.of(s).thinkTime())
          .exec(stopIfAborted())
          .exec(readInbox()) // a gateway failover while the user thinks shows up here
          .exec(s -> Browser.of(s).prepareRerun(s))
          .doIf(s -> Browser.of(s).rerunReady()).then(
              exec(ws("rerun").wsName(s -> Browser.of(s).wsName())
                  .sendBytes(s -> Browser.of(s).rerunBytes()).await(s -> Browser.of(s).interactionDeadline()).on(runEnd()))
                  .exec(s -> Browser.of(s).afterAwait(s))
                  .exec(readInbox())
                  .exec(s -> Browser.of(s).completeRerun(s))
                  .exec(recover())));

  private final ScenarioBuilder browserSession = scenario("browser session")
      .exec(stopIfAborted()) // before session_started: a session that never began is not counted
      .exec(s -> Browser.begin(s, run))
      .exec(open)
      .exec(interact)
      .exec(ws("close").wsName(s -> Browser.of(s).wsName()).close())
      .exec(s -> {
        end(s);
        return s.markAsSucceeded();
      });

  private final HttpProtocolBuilder protocol = http
      .disableWarmUp()
      .acceptHeader("text/html,application/json,*/*")
      .userAgentHeader("Gauntlet browser simulation")
      .wsUnmatchedInboundMessageBufferSize(256);

  public BrowserSessionSimulation() {
    setUp(Injection.of(run.plan()).inject(browserSession)).protocols(protocol)
        .maxDuration(Injection.maxDuration(run.plan()));
  }

  @Override
  public void before() {
    run.markInjectionStart();
  }

  @Override
  public void after() {
    run.close();
  }

  /** The socket, on the user's current entry point, offering its last session id if it has one. */
  private static ChainBuilder connect(String name) {
    return exec(ws(name).wsName(s -> Browser.of(s).wsName())
        .connect(s -> Browser.of(s).streamUrl())
        .subprotocol(s -> Browser.of(s).subprotocols())
        .header("Origin", s -> Browser.of(s).origin()));
  }

  private static ChainBuilder readInbox() {
    return exec(ws.processUnmatchedMessages(s -> Browser.of(s).wsName(), (messages, s) -> Browser.of(s).absorb(messages, s)));
  }

  /** Health again at once, then reconnect with back-off until a good run lands or the deadline passes. */
  private static ChainBuilder recover() {
    return doIf(s -> Browser.of(s).recoveryNeeded()).then(
        asLongAs(s -> Browser.of(s).recoveryTrying()).on(
            exec(s -> Browser.of(s).nextAttempt(s))
                .exec(http("health (reconnect)").get(s -> Browser.of(s).healthUrl()).check(status().is(200))
                    .resources(http("host-config (reconnect)").get(s -> Browser.of(s).hostConfigUrl()).check(status().is(200))))
                .doIf(s -> !s.isFailed()).then(connect("reconnect"))
                .exec(s -> Browser.of(s).afterReconnect(s))
                .doIf(s -> Browser.of(s).resendNeeded(s)).then(
                    exec(ws("re-sent run").wsName(s -> Browser.of(s).wsName())
                        .sendBytes(s -> Browser.of(s).resendBytes()).await(s -> Browser.of(s).interactionDeadline()).on(runEnd()))
                        .exec(s -> Browser.of(s).afterAwait(s))
                        .exec(readInbox())
                        .exec(s -> Browser.of(s).afterResend(s)))
                .doIf(s -> Browser.of(s).recoveryNeeded()).then(pause(s -> Browser.of(s).backoff()))));
  }

  /**
   * Stops the whole load (every user) once the harness has asked ({@link Abort}: an objective with
   * abortOnFail can no longer be met); checked at each session start and before each interaction.
   */
  private static ChainBuilder stopIfAborted() {
    return stopLoadGeneratorIf(s -> "aborted by the harness: " + Abort.reason().orElse("(no reason)"),
        s -> Abort.requested());
  }

  /** The frame that ends a run; everything else is read afterwards from the unmatched buffer. */
  private static WsFrameCheck runEnd() {
    return ws.checkBinaryMessage("script_finished")
        .matching(bodyBytes().transformWithSession((frame, s) -> Browser.of(s).received(frame)).is(true))
        .check(bodyBytes().transform(f -> Frames.nowMicros()).saveAs(Browser.FINISHED_AT),
            bodyBytes().transform(Frames::finishStatus).saveAs(Browser.FINISH_STATUS));
  }

  /** Journals session_ended once; true so it can sit in an exitHereIf condition. */
  private static boolean end(io.gatling.javaapi.core.Session s) {
    Browser.of(s).end(s);
    return true;
  }
}
