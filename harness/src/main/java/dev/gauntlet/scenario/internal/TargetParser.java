package dev.gauntlet.scenario.internal;

import dev.gauntlet.scenario.ExternalTarget;
import dev.gauntlet.scenario.KubernetesSettings;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.RuntimeSettings;
import dev.gauntlet.scenario.SchedulerSettings;
import dev.gauntlet.scenario.Target;
import dev.gauntlet.scenario.TargetKind;
import dev.gauntlet.yaml.Fields;
import dev.gauntlet.yaml.ScenarioException;
import dev.gauntlet.yaml.Suggest;
import dev.gauntlet.yaml.YamlNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a scenario's {@code target} section into a {@link Target}. */
public final class TargetParser {

  static final List<String> LOCAL_FIELDS =
      List.of("kind", "gateways", "basePort", "scheduler", "apps", "runtime", "kubernetes");
  static final List<String> EXTERNAL_FIELDS = List.of("kind", "url", "kubernetes");
  static final List<String> KUBERNETES_FIELDS = List.of("context", "namespace", "selectors");
  static final List<String> SELECTOR_FIELDS = List.of("runtime", "gateway", "controlPlane");
  static final List<String> SCHEDULER_FIELDS =
      List.of("healthInterval", "healthFailures", "detachedTtl", "placementDeadline");
  static final List<String> RUNTIME_FIELDS = List.of("jvmOptions");
  static final List<String> KINDS = TargetKind.texts();

  private TargetParser() {}

  public static Target parse(Fields top, Path scenarioDir) {
    Fields target = top.mapping("target", null);
    String text = target.string("kind", TargetKind.LOCAL.text());
    TargetKind kind = TargetKind.parse(text).orElseThrow(() -> new ScenarioException(top.file(), target.line("kind"),
        "target.kind '" + text + "' is not a known kind" + Suggest.hint(text, KINDS),
        "write kind: local (processes on this machine), docker (containers), kubernetes (pods) "
            + "or external (with url:)"));
    return kind.bringsUpPlatform()
        ? local(Fields.of(top.file(), top.get("target").orElseThrow(), "target", LOCAL_FIELDS), scenarioDir, kind)
        : external(Fields.of(top.file(), top.get("target").orElseThrow(), "target", EXTERNAL_FIELDS));
  }

  private static LocalTarget local(Fields target, Path scenarioDir, TargetKind kind) {
    int gateways = target.integer("gateways", 2, 1);
    int basePort = target.integer("basePort", 0, 0);
    if (basePort > 65535 - gateways) {
      throw new ScenarioException(target.file(), target.line("basePort"), "target.basePort " + basePort
          + " leaves no room for " + gateways + " gateway ports", "write basePort: 0 (free ports) or e.g. 8080");
    }
    Fields s = target.mapping("scheduler", SCHEDULER_FIELDS);
    SchedulerSettings d = SchedulerSettings.defaults();
    SchedulerSettings scheduler = new SchedulerSettings(
        s.duration("healthInterval", d.healthInterval()),
        s.integer("healthFailures", d.healthFailures(), 1),
        s.duration("detachedTtl", d.detachedTtl()),
        s.duration("placementDeadline", d.placementDeadline()));
    Fields r = target.mapping("runtime", RUNTIME_FIELDS);
    List<String> jvmOptions = new ArrayList<>();
    for (YamlNode option : r.list("jvmOptions")) {
      if (!option.isScalar() || option.scalar() == null) {
        throw new ScenarioException(target.file(), option.line(),
            "target.runtime.jvmOptions items should be single options but one is " + option.kind(),
            "write e.g. jvmOptions: [-Xmx128m, -XX:+UseSerialGC]");
      }
      jvmOptions.add(option.scalar());
    }
    RuntimeSettings runtime = r.get("jvmOptions").isPresent() ? new RuntimeSettings(jvmOptions) : RuntimeSettings.defaults();
    KubernetesSettings kubernetes = target.get("kubernetes").isPresent() ? kubernetes(target, false) : null;
    if (kubernetes != null && kind != TargetKind.KUBERNETES) {
      throw new ScenarioException(target.file(), target.line("kubernetes"), "target.kubernetes is set on a target of kind "
          + kind, "write kind: kubernetes, or drop the kubernetes block");
    }
    if (kubernetes == null && kind == TargetKind.KUBERNETES) {
      kubernetes = new KubernetesSettings(null, "gauntlet", Map.of());
    }
    return new LocalTarget(gateways, basePort, scheduler, AppPools.parse(target, scenarioDir), runtime, kind,
        kubernetes);
  }

  /** A {@code kubernetes:} block; an external target's must name its namespace, a kubernetes kind's defaults it. */
  private static KubernetesSettings kubernetes(Fields owner, boolean external) {
    Fields k = owner.mapping("kubernetes", KUBERNETES_FIELDS);
    String namespace = k.string("namespace", external ? null : "gauntlet");
    if (namespace == null) {
      throw new ScenarioException(k.file(), k.line(), k.where() + " names no namespace",
          "add namespace: NAME (the namespace of the deployment's pods)");
    }
    Fields s = k.mapping("selectors", SELECTOR_FIELDS);
    Map<String, String> selectors = new LinkedHashMap<>();
    for (String component : SELECTOR_FIELDS) {
      String selector = s.string(component, null);
      if (selector != null) {
        selectors.put(component, selector);
      }
    }
    if (external && !selectors.containsKey("runtime")) {
      throw new ScenarioException(k.file(), k.line(), k.where() + ".selectors names no runtime pods",
          "add selectors: {runtime: 'app=streamlit-runtime'} (a label selector for the pods that run apps)");
    }
    return new KubernetesSettings(k.string("context", null), namespace, selectors);
  }

  private static ExternalTarget external(Fields target) {
    String url = target.string("url", null);
    if (url == null) {
      throw new ScenarioException(target.file(), target.line(), "target of kind external has no url",
          "add url: http://host:port (the gateway's address)");
    }
    try {
      URI uri = new URI(url);
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new URISyntaxException(url, "no scheme or host");
      }
      return new ExternalTarget(uri, target.get("kubernetes").isPresent() ? kubernetes(target, true) : null);
    } catch (URISyntaxException e) {
      throw new ScenarioException(target.file(), target.line("url"), "target.url '" + url + "' is not a URL",
          "write e.g. url: http://127.0.0.1:8080");
    }
  }
}
