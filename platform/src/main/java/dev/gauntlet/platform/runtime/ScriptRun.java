package dev.gauntlet.platform.runtime;

import dev.gauntlet.protocol.proto.AppPage;
import dev.gauntlet.protocol.proto.Config;
import dev.gauntlet.protocol.proto.Delta;
import dev.gauntlet.protocol.proto.Element;
import dev.gauntlet.protocol.proto.EnvironmentInfo;
import dev.gauntlet.protocol.proto.ForwardMsg;
import dev.gauntlet.protocol.proto.ForwardMsg.ScriptFinishedStatus;
import dev.gauntlet.protocol.proto.ForwardMsgMetadata;
import dev.gauntlet.protocol.proto.Initialize;
import dev.gauntlet.protocol.proto.NewSession;
import dev.gauntlet.protocol.proto.SessionStatus;
import dev.gauntlet.protocol.proto.WidgetState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The messages of one script run, built without a socket: {@link #opening()} (new_session,
 * running), then {@link #closing()} (the element deltas, script_finished, not running), or
 * {@link #stoppedEarly()} when a newer rerun supersedes it. A full run is {@code elements + 4}
 * messages.
 */
final class ScriptRun {

  static final String VERSION = "gauntlet-runtime";
  static final int CACHEABLE_BYTES = 10 * 1024;

  private final AppIdentity app;
  private final String sessionId;
  private final String scriptRunId;
  private final String debugId;
  private final Map<String, WidgetState> values;

  ScriptRun(AppIdentity app, String sessionId, String scriptRunId, String debugId,
      Map<String, WidgetState> values) {
    this.app = app;
    this.sessionId = sessionId;
    this.scriptRunId = scriptRunId;
    this.debugId = debugId;
    this.values = values;
  }

  List<ForwardMsg> opening() {
    String name = app.spec().name();
    NewSession newSession = NewSession.newBuilder()
        .setInitialize(Initialize.newBuilder()
            .setEnvironmentInfo(EnvironmentInfo.newBuilder().setStreamlitVersion(VERSION))
            .setSessionStatus(SessionStatus.newBuilder().setScriptIsRunning(true))
            .setSessionId(sessionId))
        .setScriptRunId(scriptRunId)
        .setName(name)
        .setMainScriptPath(name + ".py")
        .setConfig(Config.newBuilder().setMaxCachedMessageAge(2).setAllowRunOnSave(true))
        .addAppPages(AppPage.newBuilder().setPageScriptHash(app.scriptHash()).setPageName(name))
        .setPageScriptHash(app.scriptHash())
        .setMainScriptHash(app.scriptHash())
        .build();
    return List.of(seal(ForwardMsg.newBuilder().setNewSession(newSession)), status(true));
  }

  List<ForwardMsg> closing() {
    List<ForwardMsg> out = new ArrayList<>();
    int index = 0;
    out.add(delta(index++, RunElements.heading(app.spec().name())));
    for (AppSpec.Widget w : app.spec().widgets()) {
      out.add(delta(index++, RunElements.widget(w, app.widgetId(w.key()))));
    }
    for (String body : RunElements.markdownBodies(app, values)) {
      out.add(delta(index++, RunElements.markdown(body)));
    }
    out.add(finished(ScriptFinishedStatus.FINISHED_SUCCESSFULLY));
    out.add(status(false));
    return out;
  }

  ForwardMsg stoppedEarly() {
    return finished(ScriptFinishedStatus.FINISHED_EARLY_FOR_RERUN);
  }

  private ForwardMsg finished(ScriptFinishedStatus status) {
    return seal(ForwardMsg.newBuilder().setScriptFinished(status));
  }

  private ForwardMsg status(boolean running) {
    return seal(ForwardMsg.newBuilder()
        .setSessionStatusChanged(SessionStatus.newBuilder().setScriptIsRunning(running)));
  }

  private ForwardMsg delta(int index, Element element) {
    ForwardMsg.Builder b = ForwardMsg.newBuilder()
        .setDelta(Delta.newBuilder().setNewElement(element))
        .setMetadata(ForwardMsgMetadata.newBuilder()
            .addDeltaPath(0).addDeltaPath(index).setActiveScriptHash(app.scriptHash()));
    return seal(b);
  }

  /** Adds the content hash (md5 of the message without hash, metadata and debug id) and the echo. */
  private ForwardMsg seal(ForwardMsg.Builder b) {
    byte[] content = b.clone().clearHash().clearMetadata().clearDebugLastBackmsgId().build().toByteArray();
    b.setHash(AppIdentity.md5Hex(content)).setDebugLastBackmsgId(debugId);
    if (content.length >= CACHEABLE_BYTES) {
      b.setMetadata(b.getMetadata().toBuilder().setCacheable(true));
    }
    return b.build();
  }
}
