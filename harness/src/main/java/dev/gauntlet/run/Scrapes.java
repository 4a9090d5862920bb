package dev.gauntlet.run;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** Scrapes of {@code /metrics} endpoints, all at once with a deadline, so a frozen pod delays no other. */
final class Scrapes {

  /** Under the scrape interval: a frozen target's scrape fails, the next second's still starts on time. */
  private static final Duration TIMEOUT = Duration.ofMillis(700);
  /** The first scrape also loads the HTTP client's classes: a cold JVM takes most of a second for that. */
  private static final Duration FIRST_TIMEOUT = Duration.ofSeconds(3);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(FIRST_TIMEOUT).build();
  private boolean warm;

  /**
   * One component to scrape.
   *
   * @param pid its local process; null for a container or a pod
   * @param containerId its Docker container; null otherwise
   */
  record Component(String id, String component, URI metrics, Long pid, String containerId) {}

  /** Each component's body, in order; null where the scrape failed. */
  List<String> fetch(List<Component> components) {
    List<CompletableFuture<String>> pending = new ArrayList<>();
    Duration timeout = warm ? TIMEOUT : FIRST_TIMEOUT;
    warm = true;
    for (Component c : components) {
      HttpRequest request = HttpRequest.newBuilder(c.metrics()).timeout(timeout)
          .header("Accept", "text/plain;version=0.0.4").GET().build();
      pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
          .thenApply(r -> r.statusCode() == 200 ? r.body() : null)
          .exceptionally(e -> null));
    }
    return pending.stream().map(CompletableFuture::join).toList();
  }

  /** The sample lines of an exposition: its {@code # HELP} and {@code # TYPE} lines were kept with the first scrape. */
  static String samplesOnly(String body) {
    return body.lines().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n", "", "\n"));
  }
}
