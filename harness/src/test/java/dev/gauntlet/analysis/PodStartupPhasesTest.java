package dev.gauntlet.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.measure.SliStats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pod start-up phases from conditions, and how summary.json's coldStart carries them. */
class PodStartupPhasesTest {

  static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

  /** Pod i: scheduled after 1 s, initialized +0, containers ready +i s, ready +1 s. */
  static PodStartup pod(int i) {
    Instant scheduled = T0.plusSeconds(1);
    Instant containers = scheduled.plusSeconds(i);
    return new PodStartup("dash-" + i, "dash", T0, scheduled, scheduled, containers, containers.plusSeconds(1));
  }

  @Test
  void eachPhaseGetsItsOwnPercentiles() {
    List<PodStartup> pods = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      pods.add(pod(i));
    }
    pods.add(new PodStartup("dash-stuck", "dash", T0, T0.plusSeconds(1), null, null, null));
    Map<String, SliStats> phases = PodStartupPhases.of(pods);
    assertThat(phases.keySet()).containsExactly("scheduled_ms", "initialized_ms", "containers_ready_ms", "ready_ms",
        "created_to_ready_ms");
    // HdrHistogram keeps 3 significant digits: values read back within 0.1%
    assertThat(phases.get("scheduled_ms").count()).isEqualTo(20);
    assertThat(phases.get("scheduled_ms").p95()).isEqualTo(1000, org.assertj.core.data.Offset.offset(1.0));
    assertThat(phases.get("initialized_ms").p95()).isZero();
    SliStats containers = phases.get("containers_ready_ms");
    assertThat(containers.count()).as("the stuck pod is not counted").isEqualTo(20);
    assertThat(containers.p50()).isEqualTo(10_000, org.assertj.core.data.Offset.offset(10.0));
    assertThat(containers.p95()).isEqualTo(19_000, org.assertj.core.data.Offset.offset(19.0));
    assertThat(phases.get("created_to_ready_ms").max()).isEqualTo(22_000, org.assertj.core.data.Offset.offset(22.0));
  }

  @Test
  void aPhaseBackwardsInTimeIsZeroAndNoPodsNoPhases() {
    PodStartup skewed = new PodStartup("p", "a", T0, T0.minusSeconds(1), T0, T0, T0);
    assertThat(PodStartupPhases.of(List.of(skewed)).get("scheduled_ms").max()).isZero();
    assertThat(PodStartupPhases.of(List.of())).isEmpty();
  }

  @Test
  void podStartupsFileRoundTripsAndIsAbsentWhenEmpty(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    java.nio.file.Path file = dir.resolve(RunFiles.POD_STARTUPS);
    PodStartupsFile.write(file, List.of());
    assertThat(file).doesNotExist();
    assertThat(PodStartupsFile.read(file)).isEmpty();
    PodStartup stuck = new PodStartup("dash-stuck", "dash", T0, T0.plusSeconds(1), null, null, null);
    PodStartupsFile.write(file, List.of(pod(3), stuck));
    assertThat(PodStartupsFile.read(file)).containsExactly(pod(3), stuck);
  }

  @Test
  void coldStartWritesPhasesOnlyWhenThereAreSome() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ColdStart plain = new ColdStart(SliStats.EMPTY, SliStats.EMPTY, SliStats.EMPTY);
    assertThat(json.writeValueAsString(plain)).doesNotContain("phases");
    String withPhases = json.writeValueAsString(plain.withPhases(PodStartupPhases.of(List.of(pod(2)))));
    assertThat(json.readTree(withPhases).at("/phases/containers_ready_ms/p50").asDouble()).isEqualTo(2000.0, org.assertj.core.data.Offset.offset(2.0));
  }

  @Test
  void aLocalRunWhosePodsWaitedForTheArchiveHasThatWaitAsAPhaseBeforeCreatedToReady() throws Exception {
    String events = "[" + String.join(",",
        "{\"seq\":1,\"at\":1000,\"type\":\"waiting_for_archive\",\"pod\":\"a\",\"app\":\"dash\"}",
        "{\"seq\":2,\"at\":1200,\"type\":\"waiting_for_archive\",\"pod\":\"b\",\"app\":\"dash\"}",
        "{\"seq\":3,\"at\":5000,\"type\":\"created\",\"pod\":\"a\",\"app\":\"dash\"}",
        "{\"seq\":4,\"at\":5000,\"type\":\"created\",\"pod\":\"b\",\"app\":\"dash\"}",
        "{\"seq\":5,\"at\":5300,\"type\":\"ready\",\"pod\":\"a\",\"app\":\"dash\"}",
        "{\"seq\":6,\"at\":5400,\"type\":\"ready\",\"pod\":\"b\",\"app\":\"dash\"}",
        "{\"seq\":7,\"at\":6000,\"type\":\"created\",\"pod\":\"c\",\"app\":\"dash\"}",
        "{\"seq\":8,\"at\":6300,\"type\":\"ready\",\"pod\":\"c\",\"app\":\"dash\"}") + "]";
    SchedulerEvents parsed = SchedulerEvents.of(new ObjectMapper().readTree(events));

    Map<String, SliStats> phases = PodStartupPhases.of(parsed);

    assertThat(phases.keySet()).containsExactly("archive_wait_ms", "created_to_ready_ms");
    assertThat(phases.get("archive_wait_ms").count()).as("pod c never waited").isEqualTo(2);
    assertThat(phases.get("archive_wait_ms").max()).isEqualTo(4000, org.assertj.core.data.Offset.offset(4.0));
    assertThat(phases.get("created_to_ready_ms").count()).isEqualTo(3);
    assertThat(phases.get("created_to_ready_ms").max()).isEqualTo(400, org.assertj.core.data.Offset.offset(1.0));
    assertThat(PodStartupPhases.of(SchedulerEvents.of(new ObjectMapper().readTree(events.replace("waiting_for_archive",
        "adopted"))))).as("no pod waited: no phases, as before").isEmpty();
  }
}
