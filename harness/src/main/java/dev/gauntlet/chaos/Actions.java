package dev.gauntlet.chaos;

import dev.gauntlet.chaos.internal.KillAction;
import dev.gauntlet.chaos.internal.PauseAction;
import dev.gauntlet.chaos.internal.TerminateAction;
import dev.gauntlet.chaos.internal.ThawAllAction;
import dev.gauntlet.deploy.Target;
import java.util.List;

/** The actions by name: {@code Actions.of("pod-kill")}. */
public final class Actions {

  public static final List<String> NAMES = List.of("pod-kill", "pod-terminate", "pod-pause", "gateway-kill",
      "scheduler-kill", "warm-pool-drain", "thaw-all", "idp-kill", "idp-pause");

  private Actions() {}

  public static ChaosAction of(String name) {
    return switch (name) {
      case "pod-kill" -> new KillAction(name, Target.RUNTIME, false);
      case "pod-terminate" -> new TerminateAction();
      case "pod-pause" -> new PauseAction();
      case "gateway-kill" -> new KillAction(name, Target.GATEWAY, false);
      case "scheduler-kill" -> new KillAction(name, Target.SCHEDULER, false);
      case "warm-pool-drain" -> new KillAction(name, Target.RUNTIME, true);
      case "thaw-all" -> new ThawAllAction();
      case "idp-kill" -> new KillAction(name, Target.IDP, false);
      case "idp-pause" -> new PauseAction(name, Target.IDP);
      default -> throw new IllegalArgumentException("unknown action '" + name + "'; known: " + String.join(", ", NAMES));
    };
  }
}
