package dev.gauntlet.chaos;

import java.nio.file.Path;
import java.util.List;

/** A chaos experiment file (docs/chaos.md): steady-state probes, a method, rollbacks that always run. */
public record Experiment(Path file, String title, List<Probe> steadyState, List<Step> method, List<Step> rollbacks) {

  public Experiment {
    steadyState = List.copyOf(steadyState);
    method = List.copyOf(method);
    rollbacks = List.copyOf(rollbacks);
  }

  /** The name in journal lines and the summary: the file name without .yaml. */
  public String name() {
    return file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
  }
}
