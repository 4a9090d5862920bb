package dev.gauntlet.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class StreamUrisTest {
  @Test
  void mapsBaseToSocketOriginAndCalls() {
    URI base = URI.create("http://127.0.0.1:8080/apps/dash/");
    assertThat(StreamUris.streamUri(base)).hasToString("ws://127.0.0.1:8080/apps/dash/_stcore/stream");
    assertThat(StreamUris.origin(base)).isEqualTo("http://127.0.0.1:8080");
    assertThat(StreamUris.resolve(base, "_stcore/health")).hasToString("http://127.0.0.1:8080/apps/dash/_stcore/health");
    assertThat(StreamUris.streamUri(URI.create("https://h:8443"))).hasToString("wss://h:8443/_stcore/stream");
    assertThat(StreamUris.resolve(URI.create("http://h:1"), "")).hasToString("http://h:1/");
  }

  @Test
  void rejectsANonHttpBaseNamingIt() {
    assertThatThrownBy(() -> StreamUris.streamUri(URI.create("ws://h:1/x")))
        .hasMessageContaining("'ws://h:1/x'").hasMessageContaining("http(s)://host:port");
  }
}
