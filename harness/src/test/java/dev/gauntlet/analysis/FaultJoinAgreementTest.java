package dev.gauntlet.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.TestResources;
import dev.gauntlet.measure.FaultTarget;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.JournalReader;
import dev.gauntlet.measure.SliStats;
import dev.gauntlet.run.RunSummaries;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The per-fault join agrees with the recorded files counted another way: a pod fault's affected
 * sessions are the placements on the hit pod at the fault whose virtual user was in a session.
 */
class FaultJoinAgreementTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void affectedSessionsOfEachPodFaultAreThePlacementsOnThePodAtTheFault() throws IOException {
    List<JournalEvent> journal = JournalReader.read(TestResources.path("report/chaos/journal.jsonl")).events();
    List<JsonNode> lines = new java.util.ArrayList<>();
    for (String line : java.nio.file.Files.readAllLines(TestResources.path("report/chaos/journal.jsonl"))) {
      lines.add(JSON.readTree(line)); // counted apart from the typed reader: an independent reading
    }
    JsonNode placements = JSON.readTree(TestResources.path("report/chaos/placements.json").toFile());
    List<Fault> faults = FaultAnalysis.faults(journal, Placements.of(placements),
        SchedulerEvents.of(JSON.readTree(TestResources.path("report/chaos/events.json").toFile())));

    Map<String, String> vuByRuntimeSession = new HashMap<>();
    Map<String, long[]> spanByVu = new HashMap<>();
    for (JsonNode e : lines) {
      String vu = e.path("vu").asText();
      if (e.has("sessionId")) {
        vuByRuntimeSession.put(e.path("sessionId").asText(), vu);
      }
      if (e.path("type").asText().equals("session_started")) {
        spanByVu.put(vu, new long[] {e.path("t").asLong(), Long.MAX_VALUE});
      } else if (e.path("type").asText().equals("session_ended")) {
        spanByVu.get(vu)[1] = e.path("t").asLong();
      }
    }
    int podFaults = 0;
    for (Fault f : faults) {
      if (!f.targets().get(0).component().equals("runtime")) {
        continue;
      }
      podFaults++;
      String pod = f.targets().get(0).id();
      Set<Long> expected = new HashSet<>();
      for (JsonNode p : placements) {
        String vu = vuByRuntimeSession.get(p.path("runtimeSessionId").asText());
        long[] span = vu == null ? null : spanByVu.get(vu);
        if (p.path("podId").asText().equals(pod) && p.path("placedAt").asLong() <= f.at() && span != null
            && span[0] <= f.at() && f.at() < span[1]) {
          expected.add(Long.parseLong(vu));
        }
      }
      assertThat(f.affectedVus()).as("vus on %s at %d", pod, f.at()).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(f.affectedSessions()).isEqualTo(expected.size()).isEqualTo(3);
      assertThat(f.recovered() + f.lost()).isEqualTo(f.affectedSessions()); // none unaccounted for
      assertThat(f.failoverMillis().count()).isEqualTo(f.recovered());
    }
    assertThat(podFaults).isEqualTo(1);
  }

  @Test
  void noFaultsAndNoExperimentsAreEmptyLists() {
    Summary s = SummaryCalculator.compute(List.of(), Placements.none(), "run-0", "empty");

    assertThat(s.faults()).isEmpty();
    assertThat(s.experiments()).isEmpty();
    assertThat(s.coldStart().podsMillis()).isEqualTo(SliStats.EMPTY);
    assertThat(RunSummaries.json(s)).contains("\"faults\" : [ ]", "\"experiments\" : [ ]");
  }

  @Test
  void aDryRunFaultNamesWhoItWouldHaveHitAndHasNoRecoveryTime() throws IOException {
    List<JournalEvent> journal = JournalReader.parse("j", String.join("\n",
        ("{\"t\":100,\"type\":\"session_started\",\"vu\":1,\"app\":\"a\",\"entry\":\"http://127.0.0.1:9000/\"}"),
        ("{\"t\":150,\"type\":\"first_render\",\"vu\":1,\"ok\":true,\"ttfrMs\":5.0,\"sessionId\":\"r1\"}"),
        ("{\"t\":200,\"type\":\"fault\",\"action\":\"gateway-kill\",\"experiment\":\"x\",\"dryRun\":true,"
            + "\"targets\":[{\"component\":\"gateway\",\"id\":\"gateway-1\",\"endpoint\":\"http://127.0.0.1:9000\"}]}"),
        ("{\"t\":300,\"type\":\"restart\",\"component\":\"gateway\"}"))).events();

    Fault f = FaultAnalysis.faults(journal, Placements.none(), SchedulerEvents.none()).get(0);

    assertThat(f.dryRun()).isTrue();
    assertThat(f.affectedVus()).containsExactly(1L); // matched by the gateway's endpoint
    assertThat(f.recovered() + f.lost()).isZero();
    assertThat(f.recoveryMillis()).isNull();
  }

  @Test
  void aPodFaultWhoseReplacementNeverBecameReadyHasNoRecoveryTime() throws IOException {
    FaultTarget target = FaultTarget.of("runtime", "p1", null, "a");
    SchedulerEvents events = SchedulerEvents.of(JSON.readTree("[{\"seq\":1,\"at\":10,\"type\":\"ready\",\"pod\":\"p1\",\"app\":\"a\"},"
        + "{\"seq\":2,\"at\":60,\"type\":\"gone\",\"pod\":\"p1\",\"app\":\"a\"},"
        + "{\"seq\":3,\"at\":70,\"type\":\"created\",\"pod\":\"p2\",\"app\":\"a\"}]"));

    assertThat(PlatformRecovery.podsMillis(50, List.of(target), events)).isNull();
  }
}
