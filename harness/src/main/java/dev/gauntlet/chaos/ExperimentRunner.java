package dev.gauntlet.chaos;

import dev.gauntlet.measure.Journal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Runs one experiment: steady state before, the method (steady state after each action), steady
 * state after, and the rollbacks in a finally, writing docs/chaos.md's journal lines.
 */
public final class ExperimentRunner {

  private final TargetSource source;
  private final Signals signals;
  private final Journal journal;
  private final Random random;
  private final boolean dryRun;
  private final Consumer<String> log;
  private final Set<ChaosTarget> frozen = ConcurrentHashMap.newKeySet();

  public ExperimentRunner(TargetSource source, Signals signals, Journal journal, Random random, boolean dryRun,
      Consumer<String> log) {
    this.source = source;
    this.signals = signals;
    this.journal = journal;
    this.random = random;
    this.dryRun = dryRun;
    this.log = log;
  }

  /** Returns true when the steady state held throughout. */
  public boolean run(Experiment experiment) throws InterruptedException {
    Long deviatedAt = null;
    ActionContext context = new ActionContext(signals, frozen, targets -> journal.write("fault_ended",
        fault(null, experiment, targets)));
    try {
      deviatedAt = check(experiment, "before", deviatedAt);
      for (Step step : experiment.method()) {
        if (step.isPause()) {
          Thread.sleep(step.duration().toMillis());
          continue;
        }
        act(experiment, step, context);
        deviatedAt = check(experiment, "during", deviatedAt);
      }
      deviatedAt = check(experiment, "after", deviatedAt);
    } finally {
      for (Step rollback : experiment.rollbacks()) {
        if (!rollback.isPause()) {
          act(experiment, rollback, context);
        }
      }
      // whatever the rollbacks said, nothing stays frozen after the experiment
      Actions.of("thaw-all").apply(List.of(), Step.pause(java.time.Duration.ZERO, 0), context);
      Map<String, Object> ended = new LinkedHashMap<>();
      ended.put("experiment", experiment.name());
      ended.put("steadyState", deviatedAt == null ? "held" : "deviated");
      ended.put("deviatedAt", deviatedAt);
      journal.write("experiment_ended", ended);
    }
    return deviatedAt == null;
  }

  /** Resolves and (unless dry-run) applies one action; returns the targets it hit. */
  public List<ChaosTarget> act(Experiment experiment, Step step, ActionContext context) throws InterruptedException {
    ChaosAction action = Actions.of(step.action());
    if (action.name().equals("thaw-all")) {
      if (!dryRun) {
        action.apply(List.of(), step, context); // a rollback, not a fault: fault_ended lines only
      }
      return List.copyOf(frozen);
    }
    List<ChaosTarget> candidates = action.candidates(source, step.selector());
    List<ChaosTarget> targets = action.usesMode() ? step.mode().pick(candidates, random) : candidates;
    Map<String, Object> fields = fault(action.name(), experiment, targets);
    fields.put("dryRun", dryRun);
    journal.write("fault", fields);
    log.accept(experiment.name() + ": " + action.name() + (dryRun ? " (dry run) would hit " : " hits ")
        + (targets.isEmpty() ? "nothing (no target matched " + step.selector() + ")" : targets));
    if (!dryRun && !targets.isEmpty()) {
      action.apply(targets, step, context);
    }
    return targets;
  }

  private Long check(Experiment experiment, String phase, Long deviatedAt) {
    if (experiment.steadyState().isEmpty()) {
      return deviatedAt;
    }
    long now = System.currentTimeMillis();
    List<SteadyState.Reading> readings = SteadyState.check(experiment.steadyState(), journal.file(), now);
    boolean held = readings.stream().allMatch(SteadyState.Reading::held);
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("experiment", experiment.name());
    fields.put("phase", phase);
    fields.put("held", held);
    fields.put("probes", readings.stream().map(SteadyState.Reading::journalFields).toList());
    journal.write("steady_state", fields);
    return deviatedAt != null || held ? deviatedAt : Long.valueOf(now);
  }

  private static Map<String, Object> fault(String action, Experiment experiment, List<ChaosTarget> targets) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("action", action == null ? "pod-pause" : action);
    m.put("experiment", experiment.name());
    m.put("targets", new ArrayList<>(targets.stream().map(ChaosTarget::journalFields).toList()));
    return m;
  }
}
