package dev.gauntlet.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads one side of a comparison: a run directory (its summary.json) or a summary.json file. */
public final class SummaryFiles {

  static final String SUMMARY = "summary.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private SummaryFiles() {}

  /**
   * @param role "baseline" or "current", for the messages
   * @param given a run directory or a summary file
   * @throws CompareException naming the path, what was expected and the fix
   */
  public static RunSide read(String role, Path given) {
    Path file = given;
    if (Files.isDirectory(given)) {
      file = given.resolve(SUMMARY);
      if (!Files.isRegularFile(file)) {
        String fix = Files.isRegularFile(given.resolve("journal.jsonl"))
            ? "summarize it first: gauntlet summarize " + given
            : "pass a run directory (reports/<run-id>, the last line 'run' printed) or a summary.json";
        throw new CompareException(role + " " + given + " has no " + SUMMARY + ": not a run directory; " + fix);
      }
    } else if (!Files.exists(given)) {
      throw new CompareException(role + " " + given + " does not exist: pass a run directory (reports/<run-id>) or a "
          + SUMMARY);
    }
    JsonNode summary;
    try {
      summary = JSON.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new CompareException(role + " " + file + ": unreadable summary (line " + e.getLocation().getLineNr() + ": "
          + e.getOriginalMessage() + "); expected the JSON summary a run writes; recompute it with gauntlet summarize RUN_DIR");
    } catch (IOException e) {
      throw new CompareException(role + " " + file + ": cannot read it (" + e.getMessage() + ")");
    }
    if (summary == null || !summary.isObject() || !summary.path("sli").isObject()) {
      throw new CompareException(role + " " + file + " is not a Gauntlet summary (expected a JSON object with an 'sli' "
          + "object, as reports/<run-id>/" + SUMMARY + " has)");
    }
    return RunSide.of(given.toString(), summary);
  }
}
