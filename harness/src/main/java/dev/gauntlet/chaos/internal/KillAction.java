package dev.gauntlet.chaos.internal;

import dev.gauntlet.chaos.ActionContext;
import dev.gauntlet.chaos.ChaosAction;
import dev.gauntlet.chaos.ChaosTarget;
import dev.gauntlet.chaos.Selector;
import dev.gauntlet.chaos.Step;
import dev.gauntlet.chaos.TargetSource;
import java.util.List;

/**
 * SIGKILL to pods (pod-kill), gateways (gateway-kill) or the scheduler (scheduler-kill); with
 * {@code drain}, every idle ready pod (warm-pool-drain).
 */
public final class KillAction implements ChaosAction {

  private final String name;
  private final String component;
  private final boolean drain;

  public KillAction(String name, String component, boolean drain) {
    this.name = name;
    this.component = component;
    this.drain = drain;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<ChaosTarget> candidates(TargetSource source, Selector selector) {
    List<ChaosTarget> all = component.equals(ChaosTarget.RUNTIME) ? source.pods() : source.components();
    return all.stream().filter(t -> t.component().equals(component)).filter(selector::matches)
        .filter(t -> !drain || !t.busy()).toList();
  }

  @Override
  public boolean usesMode() {
    return !drain;
  }

  @Override
  public void apply(List<ChaosTarget> targets, Step step, ActionContext context) {
    targets.forEach(t -> context.signals().kill(t.pid()));
  }
}
