package dev.gauntlet.scenario;

import java.util.List;

/** How runtime pods are launched: the JVM options of each pod. */
public record RuntimeSettings(List<String> jvmOptions) {

  public static final List<String> DEFAULT_JVM_OPTIONS =
      List.of("-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k");

  public RuntimeSettings {
    jvmOptions = List.copyOf(jvmOptions);
  }

  public static RuntimeSettings defaults() {
    return new RuntimeSettings(DEFAULT_JVM_OPTIONS);
  }
}
