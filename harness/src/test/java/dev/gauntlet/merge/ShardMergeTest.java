package dev.gauntlet.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gauntlet.analysis.Summary;
import dev.gauntlet.load.Plan;
import dev.gauntlet.load.Plans;
import dev.gauntlet.measure.Journal;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.JournalEvent.FirstRender;
import dev.gauntlet.measure.JournalEvent.Rerun;
import dev.gauntlet.measure.JournalEvent.SessionEnded;
import dev.gauntlet.measure.JournalEvent.SessionStarted;
import dev.gauntlet.measure.JournalReader;
import dev.gauntlet.measure.RunStatus;
import dev.gauntlet.measure.SessionOutcome;
import dev.gauntlet.run.RunSummaries;
import dev.gauntlet.scenario.LoadModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The merge of shard runs summarizes exactly as the same sessions measured in one process: counts,
 * every SLI's percentiles, the status. A property over random loads and random splits.
 */
class ShardMergeTest {

  @TempDir
  Path work;

  @Test
  void aMergeOfRandomShardsSummarizesAsTheUnion() throws Exception {
    for (int trial = 0; trial < 25; trial++) {
      Random random = new Random(1000 + trial);
      int shards = 1 + random.nextInt(4);
      int users = shards + random.nextInt(40);
      Path trialDir = Files.createDirectories(work.resolve("t" + trial));
      Plan whole = plan(users, trialDir);
      List<Path> inputs = new ArrayList<>();
      List<Journal> journals = new ArrayList<>();
      for (int i = 1; i <= shards; i++) {
        Path dir = Files.createDirectories(trialDir.resolve("shard" + i));
        Plans.shard(whole, i, shards, dir).write(dir.resolve("plan.json"));
        inputs.add(dir);
        journals.add(Journal.append(dir.resolve("journal.jsonl")));
      }
      Path unionDir = Files.createDirectories(trialDir.resolve("union"));
      whole.write(unionDir.resolve("plan.json"));
      Journal union = Journal.append(unionDir.resolve("journal.jsonl"));
      long t = 1_000_000;
      write(new JournalEvent.RunStarted(t, "union", "s", 7L, null, null, null), union, journals);
      for (int i = 1; i <= shards; i++) {
        Plan shard = Plan.read(inputs.get(i - 1).resolve("plan.json"));
        for (int user = 1; user <= shard.users(); user++) {
          long vu = shard.vu(user);
          for (JournalEvent e : session(random, vu, t + random.nextInt(60_000))) {
            journals.get(i - 1).write(e);
            union.write(e);
          }
        }
      }
      write(new JournalEvent.RunEnded(t + 70_000, RunStatus.COMPLETED, null), union, journals);
      journals.forEach(Journal::close);
      union.close();

      Path merged = trialDir.resolve("merged");
      ShardMerge.merge(inputs, merged);

      Summary expected = RunSummaries.summarize(unionDir).summary();
      Summary actual = RunSummaries.summarize(merged).summary();
      assertThat(actual.sessions()).as("trial %d", trial).isEqualTo(expected.sessions());
      assertThat(actual.interactions()).as("trial %d", trial).isEqualTo(expected.interactions());
      assertThat(actual.sli()).as("trial %d", trial).isEqualTo(expected.sli());
      assertThat(actual.status()).isEqualTo(RunStatus.COMPLETED);
      assertThat(actual.workers().count()).isEqualTo(shards);
      assertThat(Plan.read(merged.resolve("plan.json")).users()).isEqualTo(users);
      List<Integer> workers = JournalReader.read(merged.resolve("journal.jsonl")).workers();
      assertThat(workers.stream().filter(w -> w > 0).distinct().count()).isEqualTo(shards);
    }
  }

  @Test
  void runsThatNumberedUsersAlikeAreRenumberedNotConflated() throws Exception {
    List<Path> inputs = new ArrayList<>();
    for (int i = 1; i <= 2; i++) {
      Path dir = Files.createDirectories(work.resolve("run" + i));
      plan(3, dir).write(dir.resolve("plan.json")); // not shards: both number users 1..3
      try (Journal j = Journal.append(dir.resolve("journal.jsonl"))) {
        j.write(new JournalEvent.RunStarted(1, "r" + i, "s", 7L, null, null, null));
        for (long vu = 1; vu <= 3; vu++) {
          session(new Random(vu), vu, 10).forEach(j::write);
        }
        j.write(new JournalEvent.RunEnded(100, i == 2 ? RunStatus.ERROR : RunStatus.COMPLETED, i == 2 ? "target failing" : null));
      }
      inputs.add(dir);
    }

    List<String> warnings = ShardMerge.merge(inputs, work.resolve("m"));

    Summary summary = RunSummaries.summarize(work.resolve("m")).summary();
    assertThat(warnings).anyMatch(w -> w.contains("renumbered"));
    assertThat(summary.sessions().started()).isEqualTo(6);
    assertThat(summary.status()).isEqualTo(RunStatus.ERROR);
    assertThat(summary.statusReason()).isEqualTo("target failing");
  }

  @Test
  void refusesRunsOfAnotherScenarioAndAnOutputInUse() throws Exception {
    Path a = Files.createDirectories(work.resolve("a"));
    Path b = Files.createDirectories(work.resolve("b"));
    plan(2, a).write(a.resolve("plan.json"));
    Files.writeString(a.resolve("journal.jsonl"), "");
    Plan other = plan(2, b);
    new Plan(other.runId(), "other", 1, b.toString(), LoadModel.CLOSED, 2, 0, 0, 1, 0, 0, null, 1, 1, other.entryPoints(),
        other.apps()).write(b.resolve("plan.json"));
    Files.writeString(b.resolve("journal.jsonl"), "");

    assertThatThrownBy(() -> ShardMerge.merge(List.of(a, b), work.resolve("m1")))
        .isInstanceOf(MergeException.class).hasMessageContaining("scenario 'other'");
    assertThatThrownBy(() -> ShardMerge.merge(List.of(a), a))
        .isInstanceOf(MergeException.class).hasMessageContaining("is not empty");
    assertThatThrownBy(() -> ShardMerge.merge(List.of(work.resolve("nope")), work.resolve("m2")))
        .isInstanceOf(MergeException.class).hasMessageContaining("not a run directory");
  }

  private static void write(JournalEvent e, Journal union, List<Journal> shards) {
    union.write(e);
    shards.forEach(j -> j.write(e));
  }

  /** A session: started, a first render (ok or not), a few reruns with long-tailed latencies, ended. */
  private static List<JournalEvent> session(Random random, long vu, long t) {
    List<JournalEvent> events = new ArrayList<>();
    events.add(new SessionStarted(t, vu, "dash", "http://127.0.0.1:1", t));
    boolean ok = random.nextDouble() > 0.05;
    events.add(new FirstRender(t + 50, vu, "dash", ok, Math.exp(random.nextGaussian() + 4), 1, 1, 1, "s" + vu,
        ok ? null : "no answer"));
    int reruns = ok ? random.nextInt(4) : 0;
    for (int r = 1; r <= reruns; r++) {
      boolean rerunOk = random.nextDouble() > 0.02;
      events.add(new Rerun(t + 100 + r, vu, "dash", rerunOk, Math.exp(random.nextGaussian() + 2.5), r,
          rerunOk ? null : "deadline"));
    }
    events.add(new SessionEnded(t + 200, vu, "dash", ok ? SessionOutcome.COMPLETED : SessionOutcome.FAILED, reruns));
    return events;
  }

  private static Plan plan(int users, Path dir) {
    return new Plan("r", "s", 7, dir.toString(), LoadModel.CLOSED, users, 0, 0, 1000, 0, 3, null, 10_000, 15_000,
        List.of("http://127.0.0.1:1"), List.of(new Plan.App("dash", "/apps/dash", 1, List.of())));
  }
}
