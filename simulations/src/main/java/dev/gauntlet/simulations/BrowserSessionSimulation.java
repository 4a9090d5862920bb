package dev.gauntlet.simulations;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyBytes;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
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
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.WsFrameCheck;

/**
 * A browser session, as docs/protocol.md tells it: the page, then health and host-config in parallel;
 * the socket offering {@code streamlit, PLACEHOLDER_AUTH_TOKEN}; the first run awaited to
 * {@code script_finished}; think, drive the next widget, await its rerun; close. A dropped socket
 * is recovered as the browser does ({@link #recover()}). Reads only the run's plan.json.
 */
public class BrowserSessionSimulation extends Simulation {

  private final RunContext run = RunContext.fromSystemProperties();
  private final boolean auth = run.plan().auth() != null && run.plan().auth().logsIn();

  private final ChainBuilder open = exec(s -> Browser.of(s).startStep(s))
      .exec(authed(http("page").get(s -> Browser.of(s).openUrl())).check(answered(s -> Browser.of(s).pageUrl()))
          .resources(
              authed(http("health").get(s -> Browser.of(s).healthUrl())).check(answered(s -> Browser.of(s).healthUrl())),
              authed(http("host-config").get(s -> Browser.of(s).hostConfigUrl()))
                  .check(answered(s -> Browser.of(s).hostConfigUrl()))))
      .exec(s -> Browser.of(s).httpDone(s))
      .exec(leaveIfFailed())
      .exec(s -> Browser.of(s).startStep(s))
      .exec(connect("connect"))
      .exec(s -> Browser.of(s).connectDone(s))
      .exec(leaveIfFailed())
      .exec(ws("first run").wsName(s -> Browser.of(s).wsName())
          .sendBytes(s -> Browser.of(s).firstRun()).await(s -> Browser.of(s).interactionDeadline()).on(runEnd()))
      .exec(s -> Browser.of(s).afterAwait(s))
      .exec(readInbox())
      .exec(s -> Browser.of(s).completeFirstRender(s))
      .exec(recover(auth))
      .exec(leaveIfFailed());

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
                  .exec(recover(auth))));

  private final ScenarioBuilder browserSession = scenario("browser session")
      .exec(stopIfAborted()) // before session_started: a session that never began is not counted
      .exec(s -> Browser.begin(s, run))
      .exec(auth ? AuthSteps.login() : exec(s -> s))
      .exec(leaveIfFailed())
      .exec(open)
      .exec(interact)
      .exec(ws("close").wsName(s -> Browser.of(s).wsName()).close())
      .exec(s -> {
        end(s);
        return s.markAsSucceeded();
      });

  /** With auth, a request carries the session's bearer token (empty for an embed session: it has the cookie). */
  private io.gatling.javaapi.http.HttpRequestActionBuilder authed(io.gatling.javaapi.http.HttpRequestActionBuilder request) {
    return auth ? request.header("Authorization", s -> Browser.of(s).identity().authorization()) : request;
  }

  private final HttpProtocolBuilder protocol = http
      .disableWarmUp()
      .acceptHeader("text/html,application/json,*/*")
      .userAgentHeader("Gauntlet browser simulation")
      .wsUnmatchedInboundMessageBufferSize(256);

  public BrowserSessionSimulation() {
    HttpProtocolBuilder withHeaders = AuthSteps.fixedHeaders(protocol, run);
    setUp(Injection.of(run.plan()).inject(browserSession)).protocols(withHeaders)
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

  /** Status 200, the status remembered by the browser so a failure names it. */
  private static io.gatling.javaapi.core.CheckBuilder answered(java.util.function.Function<Session, String> url) {
    return status().transformWithSession((code, s) -> Browser.of(s).answered(url.apply(s), code)).is(200);
  }

  /**
   * A failed or lost session ends here; a closed-model user whose session failed before its first
   * render waits first ({@link Browser#backoffBeforeLeaving()}), so a refusing target is not hammered.
   */
  private static ChainBuilder leaveIfFailed() {
    return doIf(s -> Browser.of(s).failedOrLost()).then(
        exec(s -> Browser.of(s).end(s)).pause(s -> Browser.of(s).backoffBeforeLeaving()).exitHere());
  }

  private static ChainBuilder readInbox() {
    return exec(ws.processUnmatchedMessages(s -> Browser.of(s).wsName(), (messages, s) -> Browser.of(s).absorb(messages, s)));
  }

  /** Health again at once, then reconnect with back-off until a good run lands or the deadline passes. */
  private ChainBuilder recover(boolean withAuth) {
    return doIf(s -> Browser.of(s).recoveryNeeded()).then(
        asLongAs(s -> Browser.of(s).recoveryTrying()).on(
            exec(s -> Browser.of(s).nextAttempt(s))
                .exec(authed(http("health (reconnect)").get(s -> Browser.of(s).healthUrl())).check(status().is(200))
                    .resources(authed(http("host-config (reconnect)").get(s -> Browser.of(s).hostConfigUrl()))
                        .check(status().is(200))))
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

  /** Journals session_ended (each path to the end calls it once). */
  private static void end(Session s) {
    Browser.of(s).end(s);
  }
}
