package dev.gauntlet.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A page's console errors and warnings, uncaught exceptions and log errors, from the DevTools events it sent. */
final class PageProblems {

  private static final Set<String> CONSOLE_LEVELS = Set.of("error", "warning", "assert");

  private PageProblems() {}

  static List<String> of(Cdp cdp, String page) {
    List<String> problems = new ArrayList<>();
    for (JsonNode e : cdp.events("Runtime.exceptionThrown", page)) {
      JsonNode details = e.path("params").path("exceptionDetails");
      problems.add("exception: " + details.path("text").asText() + " "
          + details.path("exception").path("description").asText(""));
    }
    for (JsonNode e : cdp.events("Runtime.consoleAPICalled", page)) {
      String type = e.path("params").path("type").asText();
      if (CONSOLE_LEVELS.contains(type)) {
        StringBuilder text = new StringBuilder("console." + type + ":");
        for (JsonNode arg : e.path("params").path("args")) {
          text.append(' ').append(arg.has("value") ? arg.get("value").asText() : arg.path("description").asText());
        }
        problems.add(text.toString());
      }
    }
    for (JsonNode e : cdp.events("Log.entryAdded", page)) {
      JsonNode entry = e.path("params").path("entry");
      if ("error".equals(entry.path("level").asText())) {
        problems.add("log " + entry.path("source").asText() + ": " + entry.path("text").asText() + " "
            + entry.path("url").asText(""));
      }
    }
    return problems;
  }
}
