package dev.gauntlet.simulations.internal;

import dev.gauntlet.load.TargetFailure;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the page, health and host-config requests of a first render answered, so a failed one is
 * journaled with its URL and status ({@link TargetFailure}) rather than "something failed". Gatling
 * tells checks the status only when there was a response: a request with none got no answer.
 * MUTABLE: part of one {@link Browser}; the parallel resources may answer on other threads.
 */
final class HttpAnswers {

  private final Map<String, Integer> statuses = new ConcurrentHashMap<>();

  /** {@code url} answered {@code status}; returns it, to sit in a check's transform. */
  int answered(String url, int status) {
    statuses.put(url, status);
    return status;
  }

  /** The first of {@code urls} (in the browser's order) that did not answer 200, told as a target failure. */
  String failure(String... urls) {
    for (String url : urls) {
      Integer status = statuses.get(url);
      if (status == null) {
        return TargetFailure.noAnswer(url, "connection refused, reset or timed out");
      }
      if (status != 200) {
        return TargetFailure.httpStatus(url, status);
      }
    }
    return "page, health and host-config answered 200 at " + urls[0] + ", but a check failed";
  }
}
