package dev.gauntlet.scenario.internal;

import dev.gauntlet.scenario.ExternalTarget;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.RuntimeSettings;
import dev.gauntlet.scenario.SchedulerSettings;
import dev.gauntlet.scenario.Target;
import dev.gauntlet.yaml.Fields;
import dev.gauntlet.yaml.ScenarioException;
import dev.gauntlet.yaml.Suggest;
import dev.gauntlet.yaml.YamlNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a scenario's {@code target} section into a {@link Target}. */
public final class TargetParser {

  static final List<String> LOCAL_FIELDS = List.of("kind", "gateways", "basePort", "scheduler", "apps", "runtime");
  static final List<String> EXTERNAL_FIELDS = List.of("kind", "url");
  static final List<String> SCHEDULER_FIELDS =
      List.of("healthInterval", "healthFailures", "detachedTtl", "placementDeadline");
  static final List<String> RUNTIME_FIELDS = List.of("jvmOptions");
  static final List<String> KINDS = List.of("local", "external");

  private TargetParser() {}

  public static Target parse(Fields top, Path scenarioDir) {
    Fields target = top.mapping("target", null);
    String kind = target.string("kind", "local");
    return switch (kind) {
      case "local" -> local(Fields.of(top.file(), top.get("target").orElseThrow(), "target", LOCAL_FIELDS), scenarioDir);
      case "external" -> external(Fields.of(top.file(), top.get("target").orElseThrow(), "target", EXTERNAL_FIELDS));
      default -> throw new ScenarioException(top.file(), target.line("kind"),
          "target.kind '" + kind + "' is not a known kind" + Suggest.hint(kind, KINDS),
          "write kind: local (processes on this machine) or kind: external (with url:)");
    };
  }

  private static LocalTarget local(Fields target, Path scenarioDir) {
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
    return new LocalTarget(gateways, basePort, scheduler, AppPools.parse(target, scenarioDir), runtime);
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
      return new ExternalTarget(uri);
    } catch (URISyntaxException e) {
      throw new ScenarioException(target.file(), target.line("url"), "target.url '" + url + "' is not a URL",
          "write e.g. url: http://127.0.0.1:8080");
    }
  }
}
