package dev.gauntlet.chaos.internal;

import dev.gauntlet.chaos.ActionContext;
import dev.gauntlet.chaos.ChaosAction;
import dev.gauntlet.chaos.ChaosTarget;
import dev.gauntlet.chaos.Selector;
import dev.gauntlet.chaos.Step;
import dev.gauntlet.chaos.TargetSource;
import java.util.List;

/** pod-pause: SIGSTOP, then SIGCONT after the duration (also on interrupt; thaw-all is the rollback). */
public final class PauseAction implements ChaosAction {

  @Override
  public String name() {
    return "pod-pause";
  }

  @Override
  public List<ChaosTarget> candidates(TargetSource source, Selector selector) {
    return source.pods().stream().filter(selector::matches).toList();
  }

  @Override
  public void apply(List<ChaosTarget> targets, Step step, ActionContext context) throws InterruptedException {
    for (ChaosTarget t : targets) {
      context.frozen().add(t); // recorded before the signal, so a rollback never misses it
      context.signals().stop(t.pid());
    }
    try {
      Thread.sleep(step.duration().toMillis());
    } finally {
      List<ChaosTarget> thawed = targets.stream().filter(context.frozen()::remove).toList();
      thawed.forEach(t -> context.signals().resume(t.pid()));
      if (!thawed.isEmpty()) {
        context.ended().accept(thawed);
      }
    }
  }
}
