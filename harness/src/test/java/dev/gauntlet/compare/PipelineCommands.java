package dev.gauntlet.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The steps of a GitHub Actions workflow file and the {@code ./gauntlet ...} command lines in its {@code run:} scripts. */
final class PipelineCommands {

  /** A placeholder for a shell or workflow expression ({@code "$RUN_DIR"}, {@code ${{ ... }}}): a value, never a repo path. */
  static final String EXPRESSION = "<expression>";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private PipelineCommands() {}

  /** Every step of every job. */
  static List<JsonNode> steps(Path workflow) throws IOException {
    JsonNode root = YAML.readTree(Files.readString(workflow));
    List<JsonNode> steps = new ArrayList<>();
    root.path("jobs").forEach(job -> job.path("steps").forEach(steps::add));
    return steps;
  }

  /** The arguments after {@code ./gauntlet} of each such command in the workflow's run scripts. */
  static List<List<String>> gauntletCommands(Path workflow) throws IOException {
    List<List<String>> commands = new ArrayList<>();
    for (JsonNode step : steps(workflow)) {
      String script = step.path("run").asText("").replace("\\\n", " ");
      for (String line : script.split("\n")) {
        List<String> words = words(line.strip());
        if (!words.isEmpty() && words.get(0).equals("./gauntlet")) {
          commands.add(words.subList(1, words.size()));
        }
      }
    }
    return commands;
  }

  /** Shell words of one command, quotes removed, up to the first pipe, redirection or command separator. */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean started = false;
    boolean expression = false;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quote != 0) {
        if (ch == quote) {
          quote = 0;
        } else {
          expression |= ch == '$';
          word.append(ch);
        }
      } else if (ch == '"' || ch == '\'') {
        quote = ch;
        started = true;
      } else if (Character.isWhitespace(ch) || "|;&<>#".indexOf(ch) >= 0) {
        if (started) {
          words.add(expression ? EXPRESSION : word.toString());
        }
        if ("|;&<>#".indexOf(ch) >= 0) {
          // a 2> redirection: its "2" is no argument
          if (ch == '>' && !words.isEmpty() && words.get(words.size() - 1).matches("\\d")) {
            words.remove(words.size() - 1);
          }
          return words;
        }
        word.setLength(0);
        started = false;
        expression = false;
      } else {
        expression |= ch == '$';
        word.append(ch);
        started = true;
      }
    }
    if (started) {
      words.add(expression ? EXPRESSION : word.toString());
    }
    return words;
  }
}
