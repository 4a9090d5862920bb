package dev.gauntlet.observe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The few calls of Prometheus' HTTP API a run makes: ready, and an instant query's values. */
public final class PrometheusApi {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final URI base;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** @param base e.g. {@code http://127.0.0.1:9090} */
  public PrometheusApi(URI base) {
    this.base = base;
  }

  public URI base() {
    return base;
  }

  /** True once {@code /-/ready} answers 200. */
  public boolean ready() {
    try {
      return get(base.resolve("/-/ready")).statusCode() == 200;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The values of {@code expression} at {@code epochMillis}: one per series of a vector, one for a
   * scalar; empty when no series matched.
   *
   * @throws IOException when Prometheus does not answer or refuses the query (its error says why)
   */
  public List<Double> query(String expression, long epochMillis) throws IOException {
    URI uri = URI.create(base + "/api/v1/query?query=" + URLEncoder.encode(expression, StandardCharsets.UTF_8)
        + "&time=" + String.format(Locale.ROOT, "%.3f", epochMillis / 1000.0));
    HttpResponse<String> response = get(uri);
    JsonNode root = JSON.readTree(response.body());
    if (!"success".equals(root.path("status").asText())) {
      throw new IOException("Prometheus at " + base + " refused '" + expression + "': "
          + root.path("errorType").asText() + ": " + root.path("error").asText());
    }
    JsonNode data = root.path("data");
    List<Double> values = new ArrayList<>();
    if ("scalar".equals(data.path("resultType").asText())) {
      values.add(number(data.path("result").path(1).asText()));
    } else {
      data.path("result").forEach(series -> values.add(number(series.path("value").path(1).asText())));
    }
    return values;
  }

  private HttpResponse<String> get(URI uri) throws IOException {
    try {
      return http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted asking " + uri, e);
    }
  }

  /** Prometheus writes values as strings, {@code NaN} and {@code +Inf} included. */
  private static double number(String text) {
    return switch (text) {
      case "+Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(text);
    };
  }
}
