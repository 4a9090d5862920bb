package dev.gauntlet.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Before the load: each entry point's page and health, once per app, as a browser fetches them
 * first. A target that answers an HTTP error or refuses is named at once, instead of through
 * thousands of sessions failing the same way. The socket is not opened: that would start a
 * session on the target (a placement, maybe a cold start) before the load is measured.
 */
public final class Preflight {

  private Preflight() {}

  /** The first problem within {@code deadline} (all requests together); empty when every one answered 200. */
  public static Optional<String> check(Plan plan, Duration deadline) {
    long endNanos = System.nanoTime() + deadline.toNanos();
    for (String url : urls(plan)) {
      Duration left = Duration.ofNanos(endNanos - System.nanoTime());
      if (left.isNegative() || left.isZero()) {
        return Optional.of(TargetFailure.noAnswer(url, "the preflight's " + deadline.toMillis() + " ms were used up"));
      }
      // the preflight carries no credentials: a target that asks for them (401) answers, which is all it checks
      Optional<String> problem = TargetProbe.get(url, left, plan.auth() == null ? Set.of(200) : Set.of(200, 401));
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  static List<String> urls(Plan plan) {
    List<String> urls = new ArrayList<>();
    for (String entry : plan.entryPoints()) {
      for (Plan.App app : plan.apps()) {
        for (String url : List.of(AppUrls.page(entry, app), AppUrls.health(entry, app))) {
          if (!urls.contains(url)) {
            urls.add(url);
          }
        }
      }
    }
    return urls;
  }
}
