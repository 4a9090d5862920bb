package dev.gauntlet.measure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/** How a virtual user's session ended: the journal's {@code session_ended} outcome, with its wire text. */
public enum SessionOutcome {
  /** Every interaction succeeded, or the session recovered from what broke it. */
  COMPLETED("completed"),
  /** An interaction failed and the session was not hit by a fault it could recover from. */
  FAILED("failed"),
  /** Hit by a fault and not recovered within the scenario's recovery deadline. */
  LOST("lost"),
  /** No token or embed URL could be had: the identity provider's failure, not the platform's. */
  AUTH_FAILED("auth_failed");

  private final String text;

  SessionOutcome(String text) {
    this.text = text;
  }

  @JsonValue
  public String text() {
    return text;
  }

  /** The outcome a text names; null for null. */
  @JsonCreator
  public static SessionOutcome of(String text) {
    if (text == null) {
      return null;
    }
    for (SessionOutcome o : values()) {
      if (o.text.equals(text)) {
        return o;
      }
    }
    throw new IllegalArgumentException("unknown session outcome '" + text + "' (known: "
        + Arrays.stream(values()).map(SessionOutcome::text).collect(Collectors.joining(", ")) + ")");
  }

  @Override
  public String toString() {
    return text;
  }
}
