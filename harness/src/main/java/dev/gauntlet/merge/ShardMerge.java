package dev.gauntlet.merge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gauntlet.analysis.RunFiles;
import dev.gauntlet.analysis.Workers;
import dev.gauntlet.load.Plan;
import dev.gauntlet.measure.HistogramMerge;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.RunStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs of the same scenario made apart (a CI matrix's shards, {@code run --shard i/N}) merged into a
 * new run directory, as if one process had driven their load: {@code gauntlet merge DIR... --out DIR}.
 * Input i is worker i of the merged run; its faults and restarts are kept, its progress lines dropped
 * (each counted its own sessions only). The merged run started when the first input started and ended
 * when the last ended, with the worst of their statuses.
 */
public final class ShardMerge {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ShardMerge() {}

  /** Writes the merged run into {@code out} (new or empty); returns warnings. */
  public static List<String> merge(List<Path> inputs, Path out) {
    List<Plan> plans = inputs.stream().map(ShardMerge::plan).toList();
    String scenario = plans.get(0).scenario();
    for (int i = 1; i < plans.size(); i++) {
      if (!plans.get(i).scenario().equals(scenario)) {
        throw new MergeException(inputs.get(i) + " is a run of scenario '" + plans.get(i).scenario() + "', not '"
            + scenario + "' as " + inputs.get(0) + " is: merge only shards of one scenario");
      }
    }
    prepare(out);
    List<String> warnings = new ArrayList<>();
    List<JournalEvent.RunStarted> starts = new ArrayList<>();
    List<JournalEvent.RunEnded> ends = new ArrayList<>();
    List<List<Entry>> sources = new ArrayList<>();
    RunStatus[] statuses = new RunStatus[inputs.size()];
    for (int i = 0; i < inputs.size(); i++) {
      List<Entry> entries = MergedJournal.read(inputs.get(i).resolve(RunFiles.JOURNAL), i + 1, i + 1, warnings);
      statuses[i] = RunStatus.INTERRUPTED;
      for (Entry e : entries) {
        if (e.event() instanceof JournalEvent.RunStarted s) {
          starts.add(s);
        } else if (e.event() instanceof JournalEvent.RunEnded r) {
          ends.add(r);
          statuses[i] = r.status();
        }
      }
      sources.add(entries);
    }
    List<Entry> all = MergedJournal.measured(sources,
        "the inputs numbered some virtual users alike (not run with --shard i/N?): renumbered as shards", warnings);
    String runId = out.getFileName().toString();
    if (!starts.isEmpty()) {
      JournalEvent.RunStarted first = starts.stream().min((a, b) -> Long.compare(a.t(), b.t())).orElseThrow();
      all.add(new Entry(new JournalEvent.RunStarted(first.t(), runId, first.scenario(), first.seed(), first.gitCommit(),
          first.scenarioSha256(), first.gauntletVersion()), 0, 0, 0));
    }
    if (ends.size() == inputs.size()) { // an input without run_ended was interrupted: so is the merge
      all.add(new Entry(worst(ends), 0, 0, 1));
    } else {
      warnings.add((inputs.size() - ends.size()) + " of the inputs have no run_ended (interrupted): the merged run is too");
    }
    MergedJournal.write(all, out.resolve(RunFiles.JOURNAL));
    HistogramMerge.merge(inputs.stream().map(d -> d.resolve("histograms")).toList(), out.resolve("histograms"));
    writePlan(plans, runId, out);
    copyFirst(inputs, out, "slos.json", "scenario.yaml", RunFiles.PLACEMENTS, RunFiles.EVENTS);
    List<Workers.Worker> shares = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      Plan p = plans.get(i);
      shares.add(new Workers.Worker(i + 1, inputs.get(i).toAbsolutePath().normalize().toString(), null,
          statuses[i], p.users(),
          p.arrivalsPerSecond(), null, null, null));
    }
    new Workers(inputs.size(), Workers.DEFAULT_SKEW_BOUND_MILLIS, shares, List.of()).write(out);
    return warnings;
  }

  /** The last end, with the worst status: error, then aborted, then completed; the reason of that one. */
  static JournalEvent.RunEnded worst(List<JournalEvent.RunEnded> ends) {
    JournalEvent.RunEnded worst = ends.get(0);
    long last = 0;
    for (JournalEvent.RunEnded e : ends) {
      last = Math.max(last, e.t());
      if (e.status() != null && e.status().worseThan(worst.status())) {
        worst = e;
      }
    }
    return new JournalEvent.RunEnded(last, worst.status(), worst.reason());
  }

  private static Plan plan(Path input) {
    Path file = input.resolve(RunFiles.PLAN);
    if (!Files.isRegularFile(file) || !Files.isRegularFile(input.resolve(RunFiles.JOURNAL))) {
      throw new MergeException(input + " is not a run directory (it needs plan.json and journal.jsonl): give the "
          + "directories 'run' printed last, e.g. reports/<run-id>");
    }
    return Plan.read(file);
  }

  private static void prepare(Path out) {
    try {
      if (Files.isDirectory(out)) {
        try (Stream<Path> entries = Files.list(out)) {
          if (entries.findAny().isPresent()) {
            throw new MergeException(out + " is not empty: merge writes a new run directory; give another --out");
          }
        }
      }
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + out, e);
    }
  }

  /** The inputs' load added up: users or arrivals summed, no shard. */
  private static void writePlan(List<Plan> plans, String runId, Path out) {
    Plan p = plans.get(0);
    int users = plans.stream().mapToInt(Plan::users).sum();
    double rate = plans.stream().mapToDouble(Plan::arrivalsPerSecond).sum();
    new Plan(runId, p.scenario(), p.seed(), out.toAbsolutePath().normalize().toString(), p.model(), users, rate,
        p.rampMillis(), p.holdMillis(), p.sessionLengthMillis(), p.interactionsPerSession(), p.thinkTime(),
        p.interactionDeadlineMillis(), p.recoveryDeadlineMillis(), p.entryPoints(), p.apps(), p.auth(), null)
        .write(out.resolve(RunFiles.PLAN));
  }

  private static void copyFirst(List<Path> inputs, Path out, String... names) {
    for (String name : names) {
      for (Path input : inputs) {
        if (Files.isRegularFile(input.resolve(name))) {
          try {
            Files.copy(input.resolve(name), out.resolve(name), StandardCopyOption.REPLACE_EXISTING);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + input.resolve(name), e);
          }
          break;
        }
      }
    }
  }
}
