package dev.gauntlet.scenario;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a run drives: the scenario's {@code target.kind} and {@code --target}, with its wire text. */
public enum TargetKind {
  /** The reference platform as processes on this machine (the embedded default). */
  LOCAL("local"),
  /** The reference platform as containers of a local Docker engine. */
  DOCKER("docker"),
  /** The reference platform as pods of a Kubernetes cluster. */
  KUBERNETES("kubernetes"),
  /** An existing deployment, reached by its URL: nothing is brought up. */
  EXTERNAL("external");

  private final String text;

  TargetKind(String text) {
    this.text = text;
  }

  @JsonValue
  public String text() {
    return text;
  }

  /** Every kind's text, for errors that list what is known. */
  public static List<String> texts() {
    return Arrays.stream(values()).map(TargetKind::text).toList();
  }

  /** The kind a text names; empty when it names none. */
  public static Optional<TargetKind> parse(String text) {
    return Arrays.stream(values()).filter(k -> k.text.equals(text)).findFirst();
  }

  /** Whether the run brings the reference platform up (every kind but external). */
  public boolean bringsUpPlatform() {
    return this != EXTERNAL;
  }

  @Override
  public String toString() {
    return text;
  }
}
