package dev.gauntlet.simulations.internal;

import dev.gauntlet.load.AppUrls;
import dev.gauntlet.load.Arrivals;
import dev.gauntlet.load.Choices;
import dev.gauntlet.load.Plan;
import dev.gauntlet.load.TargetFailure;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.SessionOutcome;
import dev.gauntlet.measure.Sli;
import io.gatling.http.action.ws.WsInboundMessage;
import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.util.List;

/**
 * One virtual user's browser: where it connects, what it has sent and read, and the journal lines
 * its story produces. MUTABLE: kept in the user's Gatling Session under {@link #KEY}, touched only
 * by that user's actions (never by two threads at once).
 */
public final class Browser {

  public static final String KEY = "browser";
  public static final String FINISHED_AT = "finishedAtMicros";
  public static final String FINISH_STATUS = "finishStatus";

  final RunContext run;
  final long vu;
  final Plan.App app;
  final Choices choices;
  final Inbox inbox = new Inbox();
  final Interactions interactions;
  final Recovery recovery;
  private final HttpAnswers answers = new HttpAnswers();
  private final int failedBefore;
  private final long startedAtMillis;
  private final long intendedAtMicros;
  private int connection;
  private String entry;
  private long stepStartMicros;
  private double httpMs;
  private double wsConnectMs;
  private boolean awaitFailed;
  private long finishedAtMicros;
  private int finishStatus;
  boolean failed;
  private boolean firstRenderDone;
  private final Identity identity;

  /** @param user Gatling's user id in this JVM (from 1); the journal's vu numbers users across workers */
  private Browser(RunContext run, long user) {
    this.run = run;
    this.vu = run.plan().vu(user);
    this.choices = new Choices(run.plan(), vu);
    this.app = choices.app();
    this.entry = choices.entryPoint(0);
    this.startedAtMillis = System.currentTimeMillis();
    long nowMicros = Frames.nowMicros();
    long intended = nowMicros;
    if (run.plan().openModel()) {
      // the scheduled arrival, never later than now: a late start counts against latency
      double offsetMillis = Arrivals.intendedOffsetMillis(user, run.plan().arrivalsPerSecond(), run.plan().rampMillis());
      intended = Math.min(nowMicros, run.injectionStartMillis() * 1000 + Math.round(offsetMillis * 1000));
    }
    this.intendedAtMicros = intended;
    this.interactions = new Interactions(this);
    this.recovery = new Recovery(this);
    this.failedBefore = run.plan().openModel() ? 0 : run.backoff().take();
    Plan.Auth auth = run.plan().auth();
    this.identity = auth == null ? null : new Identity(this, auth, run.secrets(), run.tokens().nextViewer(auth.viewers()));
  }

  public RunContext run() {
    return run;
  }

  /** This session's login state; null when the plan has no auth. */
  public Identity identity() {
    return identity;
  }

  /** The browser of this session's user. */
  public static Browser of(Session session) {
    return session.get(KEY);
  }

  /** A user arrives: picks its app and entry point, journals session_started. */
  public static Session begin(Session session, RunContext run) {
    Browser b = new Browser(run, session.userId());
    run.journal().write(new JournalEvent.SessionStarted(System.currentTimeMillis(),
        b.vu, b.app.name(), b.entry, b.intendedAtMicros / 1000));
    return session.set(KEY, b);
  }

  // --- where it connects -------------------------------------------------------------------

  public String pageUrl() {
    return AppUrls.page(entry, app);
  }

  /** The page this session opens: its minted embed URL (once), else {@link #pageUrl()}. */
  public String openUrl() {
    return identity == null ? pageUrl() : identity.page(pageUrl());
  }

  public String healthUrl() {
    return AppUrls.health(entry, app);
  }

  public String hostConfigUrl() {
    return AppUrls.hostConfig(entry, app);
  }

  public String streamUrl() {
    return AppUrls.stream(entry, app);
  }

  public String origin() {
    return entry;
  }

  /** {@code streamlit, PLACEHOLDER_AUTH_TOKEN[, lastSessionId]}, one header value. */
  public String subprotocols() {
    String last = inbox.sessionId();
    String token = identity == null ? "PLACEHOLDER_AUTH_TOKEN" : identity.socketToken();
    return "streamlit, " + token + (last == null ? "" : ", " + last);
  }

  public String wsName() {
    return "stream" + connection;
  }

  void nextConnection() {
    connection++;
    entry = choices.entryPoint(connection);
    inbox.expectNewSession();
  }

  public Duration interactionDeadline() {
    return Duration.ofMillis(run.plan().interactionDeadlineMillis());
  }

  // --- the first render ----------------------------------------------------------------------

  public Session startStep(Session s) {
    stepStartMicros = Frames.nowMicros();
    return s;
  }

  /** The page, health or host-config request to {@code url} answered {@code status} (a check's transform). */
  public int answered(String url, int status) {
    return answers.answered(url, status);
  }

  public Session httpDone(Session s) {
    httpMs = (Frames.nowMicros() - stepStartMicros) / 1000.0;
    if (s.isFailed()) {
      failFirstRender(answers.failure(pageUrl(), healthUrl(), hostConfigUrl()));
    }
    return s;
  }

  public Session connectDone(Session s) {
    wsConnectMs = (Frames.nowMicros() - stepStartMicros) / 1000.0;
    if (s.isFailed()) {
      failFirstRender(TargetFailure.handshake(streamUrl(), null)); // Gatling does not tell its users what the server said
    }
    return s;
  }

  /** The first rerun_script, in the browser's encoding; it is in flight from now. */
  public byte[] firstRun() {
    inbox.resetFirstDelta();
    return interactions.send(interactions.firstRunBytes());
  }

  /** Right after an await: remembers whether it failed and when script_finished came. */
  public Session afterAwait(Session s) {
    awaitFailed = s.isFailed();
    Long at = s.get(FINISHED_AT);
    Integer status = s.get(FINISH_STATUS);
    finishedAtMicros = at == null ? 0 : at;
    finishStatus = status == null ? -1 : status;
    return s.remove(FINISHED_AT).remove(FINISH_STATUS).markAsSucceeded();
  }

  /** An await's match condition saw {@code frame}: kept for the inbox; true if it ends the run. */
  public boolean received(byte[] frame) {
    inbox.awaited(frame);
    return Frames.endsRun(frame);
  }

  /** Reads what came in beside the awaited frame; journals failovers completed while idle. */
  public Session absorb(List<WsInboundMessage> messages, Session s) {
    for (Inbox.Failover f : inbox.absorb(messages)) {
      journalFailover(f);
    }
    return s;
  }

  public Session completeFirstRender(Session s) {
    if (failed) {
      return s;
    }
    Outcome outcome = outcome();
    if (outcome == Outcome.DROPPED) {
      recovery.dropped(true);
      return s;
    }
    if (outcome != Outcome.OK) {
      failFirstRender(outcome.error(this));
      return s;
    }
    double ttfrMs = (finishedAtMicros - intendedAtMicros) / 1000.0;
    long sentMicros = interactions.sentAtMicros();
    double firstDeltaMs = inbox.firstDeltaMillis() == 0 ? 0 : inbox.firstDeltaMillis() - sentMicros / 1000.0;
    run.journal().write(new JournalEvent.FirstRender(System.currentTimeMillis(),
        vu, app.name(), true, ttfrMs, httpMs, wsConnectMs,
        firstDeltaMs, inbox.sessionId(), null));
    run.histograms().recordMillis(Sli.TTFR, ttfrMs);
    interactions.landed(finishedAtMicros);
    firstRenderDone = true;
    return s;
  }

  private void failFirstRender(String error) {
    double ttfrMs = (Frames.nowMicros() - intendedAtMicros) / 1000.0;
    run.journal().write(new JournalEvent.FirstRender(System.currentTimeMillis(),
        vu, app.name(), false, ttfrMs, httpMs, wsConnectMs,
        0, inbox.sessionId(), error));
    failed = true;
  }

  /** The user leaves: session_ended with its outcome. */
  public Session end(Session s) {
    SessionOutcome outcome = authFailed() ? SessionOutcome.AUTH_FAILED : recovery.lost() ? SessionOutcome.LOST
        : failed || interactions.anyFailed() ? SessionOutcome.FAILED : SessionOutcome.COMPLETED;
    run.journal().write(new JournalEvent.SessionEnded(System.currentTimeMillis(),
        vu, app.name(), outcome, interactions.done()));
    return s;
  }

  public boolean failedOrLost() {
    return failed || recovery.lost() || authFailed();
  }

  /** No token or no embed URL: the session never reached the platform (counted apart from its failures). */
  public boolean authFailed() {
    return identity != null && identity.failed();
  }

  /**
   * How long a leaving user waits first: closed model, a session that failed before its first
   * render, the streak of such sessions growing ({@link SessionBackoff}, handed to its replacement);
   * zero otherwise (an open model's arrivals are the plan's, not the users').
   */
  public Duration backoffBeforeLeaving() {
    if (run.plan().openModel() || !(failed || authFailed()) || firstRenderDone) {
      return Duration.ZERO;
    }
    int streak = failedBefore + 1;
    run.backoff().handOver(streak);
    return choices.backoff(streak);
  }

  boolean withinSessionLength() {
    long cap = run.plan().sessionLengthMillis();
    return cap <= 0 || System.currentTimeMillis() - startedAtMillis < cap;
  }

  void journalFailover(Inbox.Failover f) {
    run.journal().write(new JournalEvent.FailoverSeen(System.currentTimeMillis(),
        vu, app.name(), f.gapMs(), f.sessionId(), f.previousSessionId()));
    run.histograms().recordMillis(Sli.FAILOVER, f.gapMs());
  }

  // --- the story's steps, for the simulation (delegates) ---------------------------------------

  public boolean moreInteractions() {
    return interactions.more();
  }

  public Duration thinkTime() {
    return interactions.thinkTime();
  }

  public Session prepareRerun(Session s) {
    return interactions.prepare(s);
  }

  public boolean rerunReady() {
    return !interactions.skipped();
  }

  public byte[] rerunBytes() {
    return interactions.inFlightBytes();
  }

  public Session completeRerun(Session s) {
    return interactions.complete(s);
  }

  public boolean recoveryNeeded() {
    return recovery.needed();
  }

  public boolean recoveryTrying() {
    return recovery.trying();
  }

  public Session nextAttempt(Session s) {
    return recovery.nextAttempt(s);
  }

  public Duration backoff() {
    return recovery.backoff();
  }

  public Session afterReconnect(Session s) {
    return recovery.afterConnect(s);
  }

  public boolean resendNeeded(Session s) {
    return recovery.resendNeeded(s);
  }

  public byte[] resendBytes() {
    return interactions.resend();
  }

  public Session afterResend(Session s) {
    return recovery.afterResend(s);
  }

  // --- what the last await came to -------------------------------------------------------------

  enum Outcome {
    OK, DROPPED, TIMED_OUT, SCRIPT_ERROR;

    String error(Browser b) {
      return this == TIMED_OUT
          ? "no script_finished within " + b.run.plan().interactionDeadlineMillis() + " ms"
          : "script_finished with status " + b.finishStatus + " (compile error)";
    }
  }

  Outcome outcome() {
    if (!awaitFailed) {
      return finishStatus == 1 ? Outcome.SCRIPT_ERROR : Outcome.OK;
    }
    double waitedMs = (Frames.nowMicros() - interactions.sentAtMicros()) / 1000.0;
    // a check that failed before its deadline failed because the socket went away
    return waitedMs < run.plan().interactionDeadlineMillis() - 20 ? Outcome.DROPPED : Outcome.TIMED_OUT;
  }

  boolean firstRenderDone() {
    return firstRenderDone;
  }

  long finishedAtMicros() {
    return finishedAtMicros;
  }
}
