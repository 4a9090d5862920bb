package dev.gauntlet.chaos;

import dev.gauntlet.deploy.Target;
import java.util.List;

/** One kind of fault: which targets it may hit, and what it does to the chosen ones. */
public interface ChaosAction {

  String name();

  /** Of the deployment's targets now ({@code all}), those this action may hit under {@code selector}. */
  List<Target> candidates(List<Target> all, Selector selector);

  /**
   * True when the fault is done the moment {@link #apply} returns (a kill): its journal line is then
   * stamped after it landed, so a session that ended while the kill was on its way (a container
   * engine's API takes a while) does not count as hit.
   */
  default boolean instant() {
    return false;
  }

  /** False when the action hits every candidate whatever the mode (warm-pool-drain, thaw-all). */
  default boolean usesMode() {
    return true;
  }

  /** Does the fault to {@code targets} through the context's deployment; may block (a pause lasts its duration). */
  void apply(List<Target> targets, Step step, ActionContext context) throws InterruptedException;
}
