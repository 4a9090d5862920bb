package dev.gauntlet.chaos.internal;

import dev.gauntlet.chaos.ActionContext;
import dev.gauntlet.chaos.ChaosAction;
import dev.gauntlet.chaos.ChaosTarget;
import dev.gauntlet.chaos.Selector;
import dev.gauntlet.chaos.Step;
import dev.gauntlet.chaos.TargetSource;
import java.util.List;

/** pod-terminate: SIGTERM, then SIGKILL to whatever is still alive after the grace period. */
public final class TerminateAction implements ChaosAction {

  @Override
  public String name() {
    return "pod-terminate";
  }

  @Override
  public List<ChaosTarget> candidates(TargetSource source, Selector selector) {
    return source.pods().stream().filter(selector::matches).toList();
  }

  @Override
  public void apply(List<ChaosTarget> targets, Step step, ActionContext context) throws InterruptedException {
    targets.forEach(t -> context.signals().terminate(t.pid()));
    for (ChaosTarget t : targets) {
      if (!context.signals().awaitExit(t.pid(), step.grace())) {
        context.signals().kill(t.pid());
      }
    }
  }
}
