package dev.gauntlet.deploy.internal;

import dev.gauntlet.deploy.Deployment;
import dev.gauntlet.deploy.Pod;
import dev.gauntlet.deploy.Target;
import java.time.Duration;
import java.util.List;

/** A deployment kind's targets and the faults it does to them: what a {@link Forwarding} deployment hands on. */
interface TargetOps {

  List<Pod> pods();

  List<Target> targets();

  void kill(Target target);

  void terminate(Target target, Duration grace);

  void pause(Target target);

  void resume(Target target);

  /** A deployment whose pods, targets and faults are its kind's {@link TargetOps}, as they stand now. */
  interface Forwarding extends Deployment {

    TargetOps targetOps();

    @Override
    default List<Pod> pods() {
      return targetOps().pods();
    }

    @Override
    default List<Target> targets() {
      return targetOps().targets();
    }

    @Override
    default void kill(Target target) {
      targetOps().kill(target);
    }

    @Override
    default void terminate(Target target, Duration grace) {
      targetOps().terminate(target, grace);
    }

    @Override
    default void pause(Target target) {
      targetOps().pause(target);
    }

    @Override
    default void resume(Target target) {
      targetOps().resume(target);
    }
  }
}
