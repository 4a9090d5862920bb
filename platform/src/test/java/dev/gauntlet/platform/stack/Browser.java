package dev.gauntlet.platform.stack;

import dev.gauntlet.protocol.client.Run;
import dev.gauntlet.protocol.client.SessionClient;
import dev.gauntlet.protocol.client.SessionOptions;
import dev.gauntlet.protocol.codec.MessageKind;
import dev.gauntlet.protocol.proto.ForwardMsg;
import dev.gauntlet.protocol.rerun.Reruns;
import dev.gauntlet.protocol.rerun.WidgetValues;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** A browser tab in a test: one session through a gateway, its first run and widget reruns. */
final class Browser implements AutoCloseable {

  static final Duration RUN_DEADLINE = Duration.ofSeconds(20);

  final SessionClient client;
  final Run firstRun;
  private String pageScriptHash = "";

  private Browser(SessionClient client, Run firstRun) {
    this.client = client;
    this.firstRun = firstRun;
    firstRun.ofKind(MessageKind.NEW_SESSION).stream().findFirst()
        .ifPresent(m -> pageScriptHash = m.message().getNewSession().getPageScriptHash());
  }

  static Browser open(URI app) {
    SessionClient client = SessionClient.connect(SessionOptions.of(app));
    return new Browser(client, client.rerun(Reruns.first("")).await(RUN_DEADLINE));
  }

  String sessionId() {
    return client.sessionId().orElseThrow();
  }

  /** Moves the slider keyed {@code n} to {@code value} and waits for the run it starts. */
  Run slide(double value) {
    String id = firstRun.widgetIds().require("n").id();
    return client.rerun(Reruns.rerun("", pageScriptHash, List.of(WidgetValues.slider(id, value)), null))
        .await(RUN_DEADLINE);
  }

  /** The markdown bodies of a list of messages: where the runtime shows widget values. */
  static String text(List<ForwardMsg> messages) {
    StringBuilder out = new StringBuilder();
    for (ForwardMsg m : messages) {
      if (m.hasDelta() && m.getDelta().getNewElement().hasMarkdown()) {
        out.append(m.getDelta().getNewElement().getMarkdown().getBody()).append('\n');
      }
    }
    return out.toString();
  }

  @Override
  public void close() {
    client.close();
  }
}
