package dev.gauntlet.chaos.internal;

import dev.gauntlet.chaos.ActionContext;
import dev.gauntlet.chaos.ChaosAction;
import dev.gauntlet.chaos.Selector;
import dev.gauntlet.chaos.Step;
import dev.gauntlet.deploy.Target;
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
  public List<Target> candidates(List<Target> all, Selector selector) {
    return all.stream().filter(t -> t.component().equals(component)).filter(selector::matches)
        .filter(t -> !drain || !t.busy()).toList();
  }

  @Override
  public boolean instant() {
    return true;
  }

  @Override
  public boolean usesMode() {
    return !drain;
  }

  @Override
  public void apply(List<Target> targets, Step step, ActionContext context) {
    targets.forEach(context.deployment()::kill);
  }
}
