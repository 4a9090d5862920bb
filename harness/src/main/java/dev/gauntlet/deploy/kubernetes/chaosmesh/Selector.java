package dev.gauntlet.deploy.kubernetes.chaosmesh;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * Which pods a chaos resource hits: named pods ({@code pods: {NAMESPACE: [NAME]}}) or pods by label
 * in the given namespaces.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Selector(List<String> namespaces, Map<String, String> labelSelectors, Map<String, List<String>> pods) {

  public static Selector pod(String namespace, String name) {
    return new Selector(null, null, Map.of(namespace, List.of(name)));
  }

  public static Selector labels(String namespace, Map<String, String> labels) {
    return new Selector(List.of(namespace), Map.copyOf(labels), null);
  }
}
