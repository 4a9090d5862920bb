package dev.gauntlet.report.html;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * What a page does in a real browser: loaded from disk in a new tab of {@code chromium}, its console
 * errors and warnings, uncaught exceptions and log errors; every request that is not the page itself;
 * each {@code svg.chart}'s drawn marks; and a full-page PNG screenshot.
 *
 * @param problems console errors/warnings, exceptions and log errors, as text
 * @param requests URLs the page asked for besides itself (a self-contained page asks for none)
 * @param charts each {@code svg.chart} in page order
 * @param noData ids of the "no data" panels
 */
public record PageCheck(List<String> problems, List<String> requests, List<Chart> charts, List<String> noData,
    byte[] png) {

  /** A chart: its {@code .mark} elements, those with a non-empty bounding box, and its size on screen. */
  public record Chart(String id, int marks, int drawnMarks, double widthPx, double heightPx) {

    public boolean drawn() {
      return drawnMarks > 0 && widthPx > 0 && heightPx > 0;
    }
  }

  private static final String CHARTS = """
      Array.from(document.querySelectorAll('svg.chart')).map(svg => {
        const marks = Array.from(svg.querySelectorAll('.mark'));
        const drawn = marks.filter(m => { const b = m.getBBox(); return b.width > 0 || b.height > 0; }).length;
        const r = svg.getBoundingClientRect();
        return {id: svg.id, marks: marks.length, drawn: drawn, width: r.width, height: r.height};
      })""";

  /** Opens {@code html} in a new tab, checks it, closes the tab; each step waits at most {@code timeout}. */
  public static PageCheck of(Chromium chromium, Path html, Duration timeout) {
    String url = html.toAbsolutePath().toUri().toString();
    try (Cdp cdp = Cdp.connect(chromium.devTools(), timeout)) {
      String target = cdp.call("Target.createTarget", Map.of("url", "about:blank"), null).path("targetId").asText();
      String page = cdp.call("Target.attachToTarget", Map.of("targetId", target, "flatten", true), null)
          .path("sessionId").asText();
      for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
        cdp.call(domain + ".enable", Map.of(), page);
      }
      cdp.call("Emulation.setDeviceMetricsOverride",
          Map.of("width", 1200, "height", 900, "deviceScaleFactor", 1, "mobile", false), page);
      JsonNode navigated = cdp.call("Page.navigate", Map.of("url", url), page);
      if (navigated.hasNonNull("errorText")) {
        throw new IllegalStateException("Chromium could not open " + url + ": " + navigated.get("errorText").asText());
      }
      await("the load event of " + url).atMost(timeout).pollInterval(Duration.ofMillis(50))
          .until(() -> !cdp.events("Page.loadEventFired", page).isEmpty());
      List<Chart> charts = new ArrayList<>();
      for (JsonNode c : evaluate(cdp, page, CHARTS)) {
        charts.add(new Chart(c.path("id").asText(), c.path("marks").asInt(), c.path("drawn").asInt(),
            c.path("width").asDouble(), c.path("height").asDouble()));
      }
      List<String> noData = new ArrayList<>();
      evaluate(cdp, page, "Array.from(document.querySelectorAll('.nodata')).map(d => d.id)")
          .forEach(id -> noData.add(id.asText()));
      byte[] png = screenshot(cdp, page);
      List<String> requests = cdp.events("Network.requestWillBeSent", page).stream()
          .map(e -> e.path("params").path("request").path("url").asText())
          .filter(u -> !u.equals(url) && !u.equals("about:blank")).toList();
      List<String> problems = PageProblems.of(cdp, page);
      cdp.call("Target.closeTarget", Map.of("targetId", target), null);
      return new PageCheck(problems, requests, charts, noData, png);
    }
  }

  private static JsonNode evaluate(Cdp cdp, String page, String expression) {
    JsonNode result = cdp.call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true), page);
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException("evaluating in the page failed: " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  private static byte[] screenshot(Cdp cdp, String page) {
    JsonNode size = cdp.call("Page.getLayoutMetrics", Map.of(), page).path("cssContentSize");
    Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", Math.ceil(size.path("width").asDouble()),
        "height", Math.ceil(size.path("height").asDouble()), "scale", 1);
    String data = cdp.call("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true, "clip", clip), page).path("data").asText();
    return Base64.getDecoder().decode(data);
  }
}
