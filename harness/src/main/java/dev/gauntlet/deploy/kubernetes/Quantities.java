package dev.gauntlet.deploy.kubernetes;

import dev.gauntlet.scenario.Resources;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/** A pool's {@code resources: {cpu, memory}} as Kubernetes quantities ({@code 500m}, {@code 256Mi}). */
final class Quantities {

  private static final long MI = 1024L * 1024;

  private Quantities() {}

  static String cpu(double cores) {
    return Math.round(cores * 1000) + "m";
  }

  static String memory(long bytes) {
    return bytes % MI == 0 ? bytes / MI + "Mi" : Long.toString(bytes);
  }

  /** {@code {cpu: 500m, memory: 256Mi}}, only the limits the pool gives. */
  static Map<String, String> of(Resources resources) {
    Map<String, String> q = new LinkedHashMap<>();
    if (resources.cpus() != null) {
      q.put("cpu", cpu(resources.cpus()));
    }
    if (resources.memoryBytes() != null) {
      q.put("memory", memory(resources.memoryBytes()));
    }
    return q;
  }

  /** Requests equal to limits: a pod gets what it may use, so a run measures the same pod every time. */
  static ResourceRequirements requirements(Map<String, String> quantities) {
    Map<String, Quantity> q = new LinkedHashMap<>();
    quantities.forEach((k, v) -> q.put(k, new Quantity(v)));
    return new ResourceRequirementsBuilder().withRequests(q).withLimits(q).build();
  }
}
