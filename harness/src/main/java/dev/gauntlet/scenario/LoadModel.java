package dev.gauntlet.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;

/** How the load is shaped (the scenario's {@code load.model}, plan.json's {@code model}), with its wire text. */
public enum LoadModel {
  /** A number of concurrent users, each starting its next session when one ends. */
  CLOSED("closed"),
  /** An arrival rate of new sessions, whatever the sessions already running do. */
  OPEN("open");

  private final String text;

  LoadModel(String text) {
    this.text = text;
  }

  @JsonValue
  public String text() {
    return text;
  }

  /** Every model's text, for errors that list what is known. */
  public static List<String> texts() {
    return Arrays.stream(values()).map(LoadModel::text).toList();
  }

  /** The model a text names; null for null. */
  @JsonCreator
  public static LoadModel of(String text) {
    if (text == null) {
      return null;
    }
    return Arrays.stream(values()).filter(m -> m.text.equals(text)).findFirst().orElseThrow(
        () -> new IllegalArgumentException("unknown load model '" + text + "' (known: " + String.join(", ", texts()) + ")"));
  }

  @Override
  public String toString() {
    return text;
  }
}
