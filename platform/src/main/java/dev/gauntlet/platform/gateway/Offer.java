package dev.gauntlet.platform.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a client offered in {@code Sec-WebSocket-Protocol}: {@code streamlit, <token>[, <id>]}.
 *
 * @param entries the offered subprotocols in order
 * @param token entry 2, the auth token (PLACEHOLDER_AUTH_TOKEN when the client sent none)
 * @param lastSessionId entry 3, the session id of an earlier connection to re-attach to
 */
record Offer(List<String> entries, String token, Optional<String> lastSessionId) {

  static final String SUBPROTOCOL = "streamlit";
  static final String PLACEHOLDER_TOKEN = "PLACEHOLDER_AUTH_TOKEN";

  /** Parses every {@code Sec-WebSocket-Protocol} header value (there may be several). */
  static Offer parse(List<String> headerValues) {
    List<String> entries = new ArrayList<>();
    for (String value : headerValues) {
      for (String part : value.split(",")) {
        String trimmed = part.trim();
        if (!trimmed.isEmpty()) {
          entries.add(trimmed);
        }
      }
    }
    String token = entries.size() > 1 ? entries.get(1) : PLACEHOLDER_TOKEN;
    Optional<String> last = entries.size() > 2 ? Optional.of(entries.get(2)) : Optional.empty();
    return new Offer(List.copyOf(entries), token, last);
  }

  boolean offersStreamlit() {
    return entries.contains(SUBPROTOCOL);
  }

  /** The same offer with the token replaced by the placeholder: a checked token goes no further than the gateway. */
  Offer withoutToken() {
    List<String> out = new ArrayList<>(entries);
    if (out.size() > 1) {
      out.set(1, PLACEHOLDER_TOKEN);
    }
    return new Offer(List.copyOf(out), PLACEHOLDER_TOKEN, lastSessionId);
  }

  /** What the gateway offers upstream: the same token, and the runtime's id when re-attaching. */
  List<String> upstreamOffer(Optional<String> runtimeSessionId) {
    List<String> out = new ArrayList<>(List.of(SUBPROTOCOL, token));
    runtimeSessionId.ifPresent(out::add);
    return out;
  }
}
