package dev.gauntlet.chaos.internal;

import dev.gauntlet.chaos.ActionContext;
import dev.gauntlet.chaos.ChaosAction;
import dev.gauntlet.chaos.Selector;
import dev.gauntlet.chaos.Step;
import dev.gauntlet.deploy.Target;
import java.util.List;

/** thaw-all (a rollback): SIGCONT to every target this experiment runner froze and has not thawed. */
public final class ThawAllAction implements ChaosAction {

  @Override
  public String name() {
    return "thaw-all";
  }

  @Override
  public List<Target> candidates(List<Target> all, Selector selector) {
    return List.of(); // its targets are the frozen set, not the deployment's current list
  }

  @Override
  public boolean usesMode() {
    return false;
  }

  @Override
  public void apply(List<Target> targets, Step step, ActionContext context) {
    List<Target> thawed = List.copyOf(context.frozen());
    thawed.forEach(t -> {
      context.frozen().remove(t);
      context.deployment().resume(t);
    });
    if (!thawed.isEmpty()) {
      context.ended().accept(thawed);
    }
  }
}
