package dev.gauntlet.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gauntlet.analysis.Placements;
import dev.gauntlet.analysis.PodStartup;
import dev.gauntlet.analysis.PodStartupPhases;
import dev.gauntlet.analysis.PodStartupsFile;
import dev.gauntlet.analysis.PromqlVerdicts;
import dev.gauntlet.analysis.RunFiles;
import dev.gauntlet.analysis.RunReading;
import dev.gauntlet.analysis.SchedulerEvents;
import dev.gauntlet.analysis.SloVerdict;
import dev.gauntlet.analysis.Summary;
import dev.gauntlet.analysis.SummaryCalculator;
import dev.gauntlet.analysis.Workers;
import dev.gauntlet.measure.JournalContents;
import dev.gauntlet.measure.JournalReader;
import dev.gauntlet.measure.SliStats;
import dev.gauntlet.slo.Objectives;
import dev.gauntlet.slo.SloEvaluator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A run directory's summary: computed from {@code journal.jsonl}, {@code placements.json},
 * {@code events.json} and the objectives of {@code slos.json}, written to {@code summary.json}.
 * What {@code run} does at its end and {@code summarize} again.
 */
public final class RunSummaries {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RunSummaries() {}

  /** Computes the run dir's summary and writes its summary.json. */
  public static RunReading summarize(Path runDir) {
    Path journal = runDir.resolve(RunFiles.JOURNAL);
    if (!Files.isRegularFile(journal)) {
      throw new IllegalArgumentException(runDir + " has no " + RunFiles.JOURNAL + ": not a run directory (reports/<run-id>)");
    }
    JournalContents contents = JournalReader.read(journal);
    String scenario = planField(runDir, "scenario");
    Placements placements = Placements.read(runDir.resolve(RunFiles.PLACEMENTS));
    SchedulerEvents events = SchedulerEvents.read(runDir.resolve(RunFiles.EVENTS));
    Summary summary = SummaryCalculator.compute(contents.events(), placements, events,
        runDir.getFileName().toString(), scenario);
    List<PodStartup> startups = PodStartupsFile.read(runDir.resolve(RunFiles.POD_STARTUPS));
    // Kubernetes pods' phases from their conditions; else, when some pod waited for the archive, the scheduler's
    Map<String, SliStats> phases = startups.isEmpty() ? PodStartupPhases.of(events) : PodStartupPhases.of(startups);
    if (!phases.isEmpty()) {
      summary = summary.withColdStart(summary.coldStart().withPhases(phases));
    }
    // the objectives as resolved at the run's start (slos.json), judged on the same files
    List<SloVerdict> verdicts = new ArrayList<>(SloEvaluator.evaluate(Objectives.read(runDir), contents.events(),
        placements, events, summary.faults()));
    verdicts.addAll(PromqlVerdicts.read(runDir)); // judged by a Prometheus at the run's end (docs/observability.md)
    summary = summary.withSlos(verdicts);
    summary = summary.withWorkers(Workers.read(runDir).orElse(null));
    write(summary, runDir.resolve(RunFiles.SUMMARY));
    return new RunReading(summary, contents.warnings(), contents.events(), placements, events);
  }

  public static void write(Summary summary, Path file) {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      JSON.writeValue(tmp.toFile(), summary);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  public static String json(Summary summary) {
    try {
      return JSON.writeValueAsString(summary);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String planField(Path runDir, String field) {
    try {
      JsonNode plan = JSON.readTree(runDir.resolve(RunFiles.PLAN).toFile());
      return plan.path(field).asText("");
    } catch (IOException e) {
      return "";
    }
  }
}
