package dev.gauntlet.run;

import dev.gauntlet.load.TargetFailure;
import dev.gauntlet.measure.JournalEvent.FirstRender;
import dev.gauntlet.measure.JournalEvent.Interaction;
import dev.gauntlet.measure.JournalEvent;
import java.time.Duration;
import java.util.Optional;

/**
 * What a run's interactions say about its target, fed the journal's {@code first_render} and
 * {@code rerun} lines as they come. The target is failing when the first {@value #SESSIONS} first
 * renders all failed the same way because it refused them ({@link TargetFailure}: an HTTP status,
 * no answer, a failed handshake), or at least {@value #FEWEST} did and the first is
 * {@link #PATIENCE} old (a slow arrival rate). A success, or another kind of failure among them,
 * settles it for the run: a target that works, or fails in more than one way, is measured, not
 * stopped. Also counts interactions: a run none of whose interactions succeeded did not complete.
 * Mutable: one per run, fed from one thread.
 */
final class TargetHealth {

  static final int SESSIONS = 10;
  static final int FEWEST = 3;
  static final Duration PATIENCE = Duration.ofSeconds(5);

  private long ok;
  private long failed;
  private String firstError;
  private String kind;
  private String kindError;
  private long kindSinceMillis;
  private int sameFailures;
  private boolean settled;

  void accept(JournalEvent event) {
    if (!(event instanceof Interaction interaction)) {
      return;
    }
    boolean succeeded = interaction.ok();
    String error = interaction.error();
    if (succeeded) {
      ok++;
    } else if (failed++ == 0) {
      firstError = error;
    }
    if (settled) {
      return;
    }
    Optional<String> failure = succeeded || !(event instanceof FirstRender) ? Optional.empty() : TargetFailure.kind(error);
    if (failure.isEmpty() || (kind != null && !kind.equals(failure.get()))) {
      settled = true;
      return;
    }
    if (kind == null) {
      kind = failure.get();
      kindError = error;
      kindSinceMillis = event.t();
    }
    sameFailures++;
  }

  /** The first error of the first sessions, once they say the target is failing; else empty. */
  Optional<String> failing(long nowMillis) {
    boolean enough = sameFailures >= SESSIONS
        || sameFailures >= FEWEST && nowMillis - kindSinceMillis >= PATIENCE.toMillis();
    return !settled && enough ? Optional.of(kindError) : Optional.empty();
  }

  /** How many first renders failed that way so far. */
  int sameFailures() {
    return sameFailures;
  }

  /** Why the run cannot count as completed when no interaction succeeded; empty once one did. */
  Optional<String> noneSucceeded() {
    if (ok > 0) {
      return Optional.empty();
    }
    return Optional.of(failed == 0 ? "no interaction succeeded: no session reached its first render"
        : "no interaction succeeded: all " + failed + " failed, the first with: " + firstError);
  }
}
