package dev.gauntlet.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The simulation's words for a refusing target, read back as a kind and a URL. */
class TargetFailureTest {

  @Test
  void eachFailureHasAKindWithoutHostOrPortAndNamesItsUrl() {
    String status = TargetFailure.httpStatus("http://127.0.0.1:8501/_stcore/health", 404);
    String refused = TargetFailure.noAnswer("http://127.0.0.1:41001/apps/dash/", "connection refused");
    String handshake = TargetFailure.handshake("ws://127.0.0.1:8501/_stcore/stream", null);

    assertThat(status).isEqualTo("GET http://127.0.0.1:8501/_stcore/health answered 404");
    assertThat(TargetFailure.kind(status)).hasValue("health answered 404");
    assertThat(TargetFailure.kind(refused)).hasValue("page got no answer");
    assertThat(TargetFailure.kind(handshake)).hasValue("stream handshake failed");
    assertThat(TargetFailure.kind(TargetFailure.handshake("ws://h:1/_stcore/stream", "answered 404 instead of 101")))
        .hasValue("stream handshake failed");
    assertThat(TargetFailure.url(refused)).hasValue("http://127.0.0.1:41001/apps/dash/");
    assertThat(TargetFailure.url(handshake)).hasValue("ws://127.0.0.1:8501/_stcore/stream");
  }

  @Test
  void aSlowRenderOrAScriptErrorIsNoTargetFailure() {
    assertThat(TargetFailure.kind("no script_finished within 10000 ms")).isEmpty();
    assertThat(TargetFailure.kind("script_finished with status 1 (compile error)")).isEmpty();
    assertThat(TargetFailure.kind(null)).isEmpty();
    assertThat(TargetFailure.url("no script_finished within 10000 ms")).isEmpty();
  }
}
