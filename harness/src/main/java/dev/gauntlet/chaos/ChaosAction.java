package dev.gauntlet.chaos;

import java.util.List;

/** One kind of fault: which targets it may hit, and what it does to the chosen ones. */
public interface ChaosAction {

  String name();

  /** The targets of {@code source} this action may hit under {@code selector}, at this moment. */
  List<ChaosTarget> candidates(TargetSource source, Selector selector);

  /** False when the action hits every candidate whatever the mode (warm-pool-drain, thaw-all). */
  default boolean usesMode() {
    return true;
  }

  /** Does the fault to {@code targets}; may block (a pause lasts its duration). */
  void apply(List<ChaosTarget> targets, Step step, ActionContext context) throws InterruptedException;
}
