package dev.gauntlet.chaos.internal;

import dev.gauntlet.chaos.ActionContext;
import dev.gauntlet.chaos.ChaosAction;
import dev.gauntlet.chaos.Selector;
import dev.gauntlet.chaos.Step;
import dev.gauntlet.deploy.Target;
import java.util.List;

/**
 * pod-pause (and idp-pause): SIGSTOP, then SIGCONT after the duration (also on interrupt; thaw-all
 * is the rollback).
 */
public final class PauseAction implements ChaosAction {

  private final String name;
  private final String component;

  public PauseAction() {
    this("pod-pause", Target.RUNTIME);
  }

  public PauseAction(String name, String component) {
    this.name = name;
    this.component = component;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<Target> candidates(List<Target> all, Selector selector) {
    return all.stream().filter(t -> t.component().equals(component)).filter(selector::matches).toList();
  }

  @Override
  public void apply(List<Target> targets, Step step, ActionContext context) throws InterruptedException {
    for (Target t : targets) {
      context.frozen().add(t); // recorded before the freeze, so a rollback never misses it
      context.deployment().pause(t);
    }
    try {
      Thread.sleep(step.duration().toMillis());
    } finally {
      List<Target> thawed = targets.stream().filter(context.frozen()::remove).toList();
      thawed.forEach(context.deployment()::resume);
      if (!thawed.isEmpty()) {
        context.ended().accept(thawed);
      }
    }
  }
}
