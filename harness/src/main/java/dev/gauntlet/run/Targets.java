package dev.gauntlet.run;

import dev.gauntlet.scenario.ExternalTarget;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.Scenario;
import dev.gauntlet.scenario.Target;
import dev.gauntlet.scenario.TargetKind;
import dev.gauntlet.yaml.ScenarioException;
import java.net.URI;

/** The target a run uses: the scenario's, or the kind and url given on the command line. */
final class Targets {

  private Targets() {}

  static Target resolve(Scenario scenario, String kind, URI url) {
    String file = ScenarioException.display(scenario.file());
    TargetKind wanted = kind == null ? scenario.target().kind() : TargetKind.parse(kind).orElseThrow(
        () -> new RunException("--target " + kind + " is not a target kind; write --target local, docker, "
            + "kubernetes or external"));
    switch (wanted) {
      case LOCAL, DOCKER, KUBERNETES -> {
        if (scenario.target() instanceof LocalTarget local) {
          return local.kind() == wanted ? local : local.as(wanted);
        }
        throw new RunException(file + " has an external target, which names no platform to bring up; "
            + "drop --target " + wanted + ", or write a target of kind local (gateways, apps)");
      }
      case EXTERNAL -> {
        URI chosen = url != null ? url
            : scenario.target() instanceof ExternalTarget external ? external.url() : null;
        if (chosen == null) {
          throw new RunException("--target external needs a url: " + file + "'s target has none; "
              + "pass --url http://host:port (a gateway or a Streamlit server)");
        }
        if (chosen.getScheme() == null || chosen.getHost() == null) {
          throw new RunException("--url " + chosen + " is not a URL; write e.g. --url http://127.0.0.1:8501");
        }
        return new ExternalTarget(chosen);
      }
      default -> throw new IllegalStateException("unhandled target kind " + wanted);
    }
  }
}
