package dev.gauntlet.cli;

import dev.gauntlet.scenario.ExternalTarget;
import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.Scenario;
import dev.gauntlet.scenario.Scenarios;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gauntlet validate FILE}: reads a scenario and says what it would deploy. */
@Command(name = "validate", mixinStandardHelpOptions = true, usageHelpWidth = 110, description = "Check a scenario file (its target for now); errors name file, line and field.")
final class ValidateCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "the scenario file, e.g. scenarios/smoke.yaml")
  Path file;

  @Override
  public Integer call() {
    Scenario scenario = Scenarios.load(file);
    String target;
    if (scenario.target() instanceof LocalTarget l) {
      target = "local: " + l.gateways() + " gateway(s), 1 scheduler, apps "
          + String.join(", ", l.apps().stream().map(a -> a.app() + " (warm " + a.warm() + ")").toList());
    } else {
      target = "external: " + ((ExternalTarget) scenario.target()).url();
    }
    spec.commandLine().getOut().println(file + ": ok (" + scenario.name() + "; target " + target + ")");
    if (!scenario.sectionNames().isEmpty()) {
      spec.commandLine().getOut().println("  not checked yet: " + String.join(", ", scenario.sectionNames()));
    }
    return Gauntlet.OK;
  }
}
