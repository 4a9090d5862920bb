package dev.gauntlet.platform.runtime;

/** Entry point of the runtime service (placeholder until its helper lands it). */
public final class RuntimeMain {
  private RuntimeMain() {}

  public static void main(String[] args) {
    throw new UnsupportedOperationException("runtime not built yet");
  }
}
