package dev.gauntlet.trend;

import dev.gauntlet.compare.CompareException;
import dev.gauntlet.compare.RunSide;
import dev.gauntlet.compare.SummaryFiles;
import dev.gauntlet.measure.RunStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runs named on the command line: run directories, summary.json files, and folders holding run
 * directories at any depth up to {@value #DEPTH} ({@code reports/}, a folder of CI artifacts). A folder
 * with a summary.json is a run: what is under it is not searched. Symbolic links met on the way
 * ({@code reports/latest}) are not followed; the same run (by its run id) found twice counts once. Runs that did not
 * complete are left out with a warning: their numbers cover part of the load.
 */
public final class RunFinder {

  static final int DEPTH = 4;
  private static final String SUMMARY = "summary.json";

  private final List<String> warnings = new ArrayList<>();

  /** Warnings about what was left out; filled by {@link #find}. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /**
   * @return the completed runs, by start time (then run id)
   * @throws TrendException naming the input and the fix: a missing path, a folder without runs, an unreadable summary
   */
  public List<Run> find(List<Path> given) {
    Map<String, Run> runs = new LinkedHashMap<>();
    for (Path path : given) {
      if (!Files.exists(path)) {
        throw new TrendException(path + " does not exist: pass run directories (reports/<run-id>), folders of them "
            + "(reports/, downloaded CI artifacts) or summary.json files");
      }
      List<Path> summaries = Files.isRegularFile(path) || Files.isRegularFile(path.resolve(SUMMARY))
          ? List.of(path) : underneath(path);
      if (summaries.isEmpty()) {
        throw new TrendException(path + " holds no run: no " + SUMMARY + " in it or in the folders under it ("
            + DEPTH + " levels); pass run directories (reports/<run-id>) or the folder that holds them");
      }
      for (Path summary : summaries) {
        Run run = read(summary);
        // the same run found twice (reports/ and a downloaded artifact, a link, a summary named directly): once
        runs.putIfAbsent(run.side().runId() != null ? run.side().runId() : real(run.dir().resolve(SUMMARY)).toString(), run);
      }
    }
    List<Run> completed = new ArrayList<>();
    for (Run run : runs.values()) {
      String status = run.side().status();
      if (status == null || RunStatus.COMPLETED.text().equals(status)) {
        completed.add(run);
      } else {
        warnings.add("left out " + run.runId() + " (" + run.dir() + "): it ended " + status
            + ", so its numbers cover only part of the planned load");
      }
    }
    completed.sort(Comparator.comparing(Run::startedAt).thenComparing(Run::runId));
    return completed;
  }

  private Run read(Path given) {
    RunSide side;
    try {
      side = SummaryFiles.read("run", given);
    } catch (CompareException e) {
      throw new TrendException(e.getMessage());
    }
    Path dir = Files.isDirectory(given) ? given : given.toAbsolutePath().getParent();
    String started = side.summary().path("startedAt").asText(null);
    try {
      return new Run(dir, side, Instant.parse(String.valueOf(started)));
    } catch (DateTimeParseException e) {
      throw new TrendException("run " + given + ": startedAt " + (started == null ? "is missing" : "'" + started
          + "' is not an ISO-8601 instant") + ", so it cannot be put in order; recompute its summary with "
          + "gauntlet summarize " + dir);
    }
  }

  /** The run directories under a folder (not the folder itself; a link to it is followed), in path order. */
  private List<Path> underneath(Path folder) {
    List<Path> found = new ArrayList<>();
    try {
      // depth + 1: a run directory DEPTH levels down is still entered (the deepest level is only listed)
      Files.walkFileTree(folder.toRealPath(), EnumSet.noneOf(FileVisitOption.class), DEPTH + 1,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (Files.isRegularFile(dir.resolve(SUMMARY))) {
                found.add(dir);
                return FileVisitResult.SKIP_SUBTREE;
              }
              if (Files.isRegularFile(dir.resolve("journal.jsonl"))) {
                warnings.add("left out " + dir + ": a run directory without " + SUMMARY + " (gauntlet summarize " + dir + ")");
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new TrendException("cannot read the folder " + folder + " (" + e.getMessage() + ")");
    }
    found.sort(Comparator.naturalOrder());
    return found;
  }

  private static Path real(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
