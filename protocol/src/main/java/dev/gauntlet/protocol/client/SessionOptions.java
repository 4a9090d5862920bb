package dev.gauntlet.protocol.client;

import dev.gauntlet.protocol.codec.BackMsgEncoding;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link SessionClient} connects. Immutable; start from {@link #of(URI)} and use the withers.
 *
 * @param baseUri the app's base URL, {@code http://host:port[/prefix]}
 * @param authToken subprotocol entry 2 (a host token or {@code PLACEHOLDER_AUTH_TOKEN})
 * @param lastSessionId subprotocol entry 3: an earlier session to re-attach to
 * @param connectTimeout bound on the WebSocket opening handshake
 * @param trailerWait how long a finished run waits for its trailing not-running status
 * @param encoding the byte form of the BackMsgs sent (the browser's by default)
 */
public record SessionOptions(URI baseUri, String authToken, Optional<String> lastSessionId,
    Duration connectTimeout, Duration trailerWait, BackMsgEncoding encoding) {
  public static final String PLACEHOLDER_AUTH_TOKEN = "PLACEHOLDER_AUTH_TOKEN";

  public SessionOptions {
    Objects.requireNonNull(baseUri, "baseUri");
    Objects.requireNonNull(authToken, "authToken");
    Objects.requireNonNull(lastSessionId, "lastSessionId");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(trailerWait, "trailerWait");
    Objects.requireNonNull(encoding, "encoding");
  }

  public static SessionOptions of(URI baseUri) {
    return new SessionOptions(baseUri, PLACEHOLDER_AUTH_TOKEN, Optional.empty(),
        Duration.ofSeconds(15), Duration.ofMillis(500), BackMsgEncoding.BROWSER);
  }

  public SessionOptions withAuthToken(String token) {
    return new SessionOptions(baseUri, token, lastSessionId, connectTimeout, trailerWait, encoding);
  }

  public SessionOptions withLastSessionId(String sessionId) {
    return new SessionOptions(baseUri, authToken, Optional.ofNullable(sessionId), connectTimeout,
        trailerWait, encoding);
  }

  public SessionOptions withConnectTimeout(Duration timeout) {
    return new SessionOptions(baseUri, authToken, lastSessionId, timeout, trailerWait, encoding);
  }

  public SessionOptions withTrailerWait(Duration wait) {
    return new SessionOptions(baseUri, authToken, lastSessionId, connectTimeout, wait, encoding);
  }

  public SessionOptions withEncoding(BackMsgEncoding enc) {
    return new SessionOptions(baseUri, authToken, lastSessionId, connectTimeout, trailerWait, enc);
  }
}
