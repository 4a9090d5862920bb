package dev.gauntlet.chaos.internal;

import dev.gauntlet.chaos.ActionContext;
import dev.gauntlet.chaos.ChaosAction;
import dev.gauntlet.chaos.Selector;
import dev.gauntlet.chaos.Step;
import dev.gauntlet.deploy.Target;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** pod-terminate: SIGTERM, then SIGKILL to whatever is still alive after the grace period. */
public final class TerminateAction implements ChaosAction {

  @Override
  public String name() {
    return "pod-terminate";
  }

  @Override
  public List<Target> candidates(List<Target> all, Selector selector) {
    return all.stream().filter(t -> t.component().equals(Target.RUNTIME)).filter(selector::matches).toList();
  }

  @Override
  public void apply(List<Target> targets, Step step, ActionContext context) throws InterruptedException {
    // every target gets its grace at once, not one after another
    List<CompletableFuture<Void>> done = targets.stream()
        .map(t -> CompletableFuture.runAsync(() -> context.deployment().terminate(t, step.grace()))).toList();
    try {
      CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }
}
