package dev.gauntlet.chaos;

import dev.gauntlet.deploy.Deployment;
import dev.gauntlet.deploy.Target;
import dev.gauntlet.measure.FaultTarget;
import dev.gauntlet.measure.Journal;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.ProbeReading;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Runs one experiment: steady state before, the method (steady state after each action), steady
 * state after, and the rollbacks in a finally, writing docs/chaos.md's journal lines.
 */
public final class ExperimentRunner {

  private final Deployment deployment;
  private final Journal journal;
  private final Random random;
  private final boolean dryRun;
  private final Consumer<String> log;
  private final Set<Target> frozen = ConcurrentHashMap.newKeySet();
  private final SteadyState steadyState;

  public ExperimentRunner(Deployment deployment, Journal journal, Random random, boolean dryRun,
      Consumer<String> log) {
    this.deployment = deployment;
    this.journal = journal;
    this.random = random;
    this.dryRun = dryRun;
    this.log = log;
    this.steadyState = SteadyState.following(journal.file());
  }

  /** Returns true when the steady state held throughout. */
  public boolean run(Experiment experiment) throws InterruptedException {
    Long deviatedAt = null;
    // a thaw ends the pause that froze these targets: the identity provider's (idp-pause) or pods' (pod-pause)
    ActionContext context = new ActionContext(deployment, frozen, targets -> journal.write(new JournalEvent.FaultEnded(
        System.currentTimeMillis(), targets.stream().allMatch(t -> t.component().equals(Target.IDP)) ? "idp-pause"
            : "pod-pause", experiment.name(), faultTargets(targets))));
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
      journal.write(new JournalEvent.ExperimentEnded(System.currentTimeMillis(), experiment.name(),
          deviatedAt == null ? "held" : "deviated", deviatedAt));
    }
    return deviatedAt == null;
  }

  /** Resolves and (unless dry-run) applies one action; returns the targets it hit. */
  public List<Target> act(Experiment experiment, Step step, ActionContext context) throws InterruptedException {
    ChaosAction action = Actions.of(step.action());
    if (action.name().equals("thaw-all")) {
      if (!dryRun) {
        action.apply(List.of(), step, context); // a rollback, not a fault: fault_ended lines only
      }
      return List.copyOf(frozen);
    }
    List<Target> candidates = action.candidates(deployment.targets(), step.selector());
    List<Target> targets = action.usesMode() ? step.mode().pick(candidates, random) : candidates;
    log.accept(experiment.name() + ": " + action.name() + (dryRun ? " (dry run) would hit " : " hits ")
        + (targets.isEmpty() ? "nothing (no target matched " + step.selector() + ")"
            : targets.stream().map(t -> t.component() + " " + t.id() + " (" + t.handle() + ")").toList()));
    if (dryRun || targets.isEmpty() || !action.instant()) {
      writeFault(action, experiment, targets);
      if (!dryRun && !targets.isEmpty()) {
        action.apply(targets, step, context);
      }
    } else {
      try {
        action.apply(targets, step, context);
      } finally {
        writeFault(action, experiment, targets); // stamped once the kill landed
      }
    }
    return targets;
  }

  private void writeFault(ChaosAction action, Experiment experiment, List<Target> targets) {
    journal.write(new JournalEvent.Fault(System.currentTimeMillis(), action.name(), experiment.name(),
        faultTargets(targets), dryRun));
  }

  private Long check(Experiment experiment, String phase, Long deviatedAt) {
    if (experiment.steadyState().isEmpty()) {
      return deviatedAt;
    }
    long now = System.currentTimeMillis();
    List<ProbeReading> readings = steadyState.check(experiment.steadyState(), now);
    boolean held = readings.stream().allMatch(ProbeReading::held);
    journal.write(new JournalEvent.SteadyStateChecked(now, experiment.name(), phase, held, readings));
    return deviatedAt != null || held ? deviatedAt : Long.valueOf(now);
  }

  private static List<FaultTarget> faultTargets(List<Target> targets) {
    return targets.stream().map(ExperimentRunner::faultTarget).toList();
  }

  /** As the journal's fault lines name it: the pid where it has one, sessionIds for pods only. */
  static FaultTarget faultTarget(Target t) {
    return new FaultTarget(t.component(), t.id(), t.handle() == null ? null : t.handle().pid(), t.app(), t.sessions(),
        t.endpoint(), Target.RUNTIME.equals(t.component()) ? t.sessionIds() : null);
  }
}
