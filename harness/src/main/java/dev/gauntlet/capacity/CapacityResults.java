package dev.gauntlet.capacity;

import dev.gauntlet.analysis.Capacity;
import dev.gauntlet.analysis.Capacity.Step;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What a finished search's steps add up to: maxLoad, what limited it, the USL fit, per-unit figures and sizing. */
public final class CapacityResults {

  private CapacityResults() {}

  public static Capacity of(CapacityPlan plan, String runId, String scenario, List<Step> steps) {
    Optional<Step> best = steps.stream().filter(Step::held).max(Comparator.comparingDouble(Step::level));
    Optional<Step> breaking = steps.stream().filter(s -> !s.held()).min(Comparator.comparingDouble(Step::level));
    double maxLoad = best.map(Step::level).orElse(0.0);
    String limitedBy = breaking.flatMap(s -> s.objectives().stream().filter(o -> !o.met()).findFirst())
        .map(Capacity.Objective::name).orElse(null);
    Optional<Step> heaviest = breaking.or(() -> steps.stream().max(Comparator.comparingDouble(Step::level)));
    Double perPod = best.filter(s -> s.pods() > 0).map(s -> round(s.concurrency() / s.pods())).orElse(null);
    Double perGateway = best.filter(s -> s.gateways() > 0).map(s -> round(s.concurrency() / s.gateways())).orElse(null);
    Capacity.Sizing sizing = plan.target() == null ? null : new Capacity.Sizing(plan.target(), plan.headroom(),
        best.filter(s -> s.pods() > 0).map(s -> units(plan, s.pods(), maxLoad)).orElse(null),
        best.filter(s -> s.gateways() > 0).map(s -> units(plan, s.gateways(), maxLoad)).orElse(null));
    return new Capacity(Capacity.SCHEMA, runId, scenario, plan.variable(), plan.start(), plan.maximum(),
        plan.resolution(), steps, maxLoad, breaking.map(Step::level).orElse(null), limitedBy,
        heaviest.map(s -> saturated(s, plan)).orElse(null), usl(plan, steps), perPod, perGateway, sizing,
        plan.required(), plan.required() == null || maxLoad >= plan.required());
  }

  /** The law is fitted to concurrency: users for a closed model, the mean active sessions for an open one. */
  static Capacity.Usl usl(CapacityPlan plan, List<Step> steps) {
    UslFit.Usl fit = UslFit.fit(steps.stream().map(s -> new UslFit.Point(plan.wholeLevels() ? s.level()
        : s.concurrency(), s.throughput())).toList());
    return new Capacity.Usl(round(fit.sigma()), fit.kappa() == null ? null : roundSignificant(fit.kappa()),
        round(fit.lambda()), round(fit.peak()), round(fit.r2()), fit.points(), fit.note());
  }

  /** Units (pods or gateways) the target needs: each carries (1 - headroom) of the level one unit held at maxLoad. */
  static int units(CapacityPlan plan, int unitsAtMax, double maxLoad) {
    double perUnit = maxLoad / unitsAtMax * (1 - plan.headroom());
    return (int) Math.ceil(plan.target() / perUnit - 1e-9);
  }

  /** A process this busy (CPU seconds per second) is taken as saturated: near one full core. */
  static final double SATURATED_CORES = 0.8;

  /**
   * The busiest process of the step, in CPU cores (CPU seconds over the step's length); said to be no
   * saturation when even it used less than {@link #SATURATED_CORES}.
   */
  static String saturated(Step step, CapacityPlan plan) {
    double seconds = Math.max(1, (step.judgedTo() - step.startedAt()) / 1000.0);
    return step.cpuSeconds().entrySet().stream().max(Map.Entry.comparingByValue())
        .map(e -> {
          double cores = e.getValue() / seconds;
          String busiest = String.format(Locale.ROOT, "%s: %.2f CPU cores at %s %s", e.getKey(), cores,
              plain(step.level()), plan.wholeLevels() ? "users" : "sessions/s");
          return cores >= SATURATED_CORES ? busiest : "no process near a full core (busiest " + busiest + ")";
        })
        .orElse(null);
  }

  static Double round(Double value) {
    return value == null ? null : Math.round(value * 1000) / 1000.0;
  }

  private static Double roundSignificant(double value) {
    return value == 0 ? 0 : new java.math.BigDecimal(value).round(new java.math.MathContext(4)).doubleValue();
  }

  static String plain(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
