package dev.gauntlet;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;

/**
 * The harness's package dependencies point one way (docs/architecture.md): cli -> run ->
 * load / chaos / deploy / compare -> slo -> analysis -> measure / scenario -> yaml, and report
 * only renders what analysis computed; trend, beside run, reads runs as compare does and draws with
 * report's pieces. No package reaches into another's {@code internal}.
 */
class ArchitectureTest {

  private static final JavaClasses HARNESS = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.gauntlet");

  @Test
  void capabilitiesHaveNoCycles() {
    slices().matching("dev.gauntlet.(*)..").should().beFreeOfCycles().check(HARNESS);
  }

  @Test
  void dependenciesPointOneWay() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("cli").definedBy("dev.gauntlet.cli..")
        .layer("run").definedBy("dev.gauntlet.run..")
        .layer("trend").definedBy("dev.gauntlet.trend..")
        .layer("capabilities").definedBy("dev.gauntlet.load..", "dev.gauntlet.chaos..", "dev.gauntlet.deploy..",
            "dev.gauntlet.compare..", "dev.gauntlet.capacity..", "dev.gauntlet.merge..", "dev.gauntlet.workers..",
            "dev.gauntlet.observe..")
        .layer("slo").definedBy("dev.gauntlet.slo..")
        .layer("report").definedBy("dev.gauntlet.report..")
        .layer("analysis").definedBy("dev.gauntlet.analysis..")
        .layer("model").definedBy("dev.gauntlet.measure..", "dev.gauntlet.scenario..")
        .layer("yaml").definedBy("dev.gauntlet.yaml..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("run").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("trend").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("capabilities").mayOnlyBeAccessedByLayers("cli", "run", "trend", "capabilities")
        .whereLayer("slo").mayOnlyBeAccessedByLayers("cli", "run", "capabilities")
        .whereLayer("report").mayOnlyBeAccessedByLayers("cli", "run", "trend")
        .whereLayer("analysis").mayOnlyBeAccessedByLayers("cli", "run", "trend", "capabilities", "slo", "report")
        .whereLayer("model").mayOnlyBeAccessedByLayers("cli", "run", "trend", "capabilities", "slo", "report", "analysis",
            "model")
        .check(HARNESS);
  }

  @Test
  void noPackageImportsAnotherCapabilitysInternals() {
    ArchRuleDefinition.classes().should(new ArchCondition<JavaClass>("use only their own capability's internal classes") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        String own = capability(item.getPackageName());
        item.getDirectDependenciesFromSelf().forEach(d -> {
          String target = d.getTargetClass().getPackageName();
          if (target.startsWith("dev.gauntlet.") && target.contains(".internal") && !capability(target).equals(own)) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
          }
        });
      }
    }).check(HARNESS);
  }

  /** {@code dev.gauntlet.deploy.internal.x} -> {@code deploy}. */
  private static String capability(String packageName) {
    String rest = packageName.startsWith("dev.gauntlet.") ? packageName.substring("dev.gauntlet.".length()) : packageName;
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}
