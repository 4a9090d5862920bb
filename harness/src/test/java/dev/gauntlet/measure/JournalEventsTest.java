package dev.gauntlet.measure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.measure.JournalEvent.*;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalEventsTest {

  /** One of every line type, with values that survive the writer's rounding to the microsecond. */
  static final List<JournalEvent> EVERY_TYPE = List.of(
      new RunStarted(1, "r1", "smoke", 42L, "3ec010a", "ab12", "0.1.0"),
      new SessionStarted(2, 7, "dash", "http://g1", 1),
      new FirstRender(3, 7, "dash", true, 12.346, 1, 2, 3, "s-1", null),
      new Rerun(4, 7, "dash", false, 10_000.0, 2, "no script_finished within 10000 ms"),
      new SocketDropped(5, 7, "dash", 1006, "gone", true),
      new SocketRecovered(6, 7, "dash", 250.5, 2, "s-2"),
      new FailoverSeen(7, 7, "dash", 99.25, "s-3", "s-2"),
      new SessionLost(8, 7, "dash", "late"),
      new SessionEnded(9, 7, "dash", SessionOutcome.LOST, 3),
      new Restart(10, "gateway", "gateway-2", 4242L),
      new Progress(11, 20, 35, 1),
      new Fault(12, "pod-kill", "runtime-kill", List.of(
          new FaultTarget("runtime", "dash-01", 4242L, "dash", 3, "http://127.0.0.1:9000", List.of("rs-1", "rs-2")),
          FaultTarget.of("gateway", "http://127.0.0.1:41002", 5151L, null)), false),
      new FaultEnded(13, "pod-pause", "freeze", List.of(FaultTarget.of("runtime", "dash-02", 99L, "dash"))),
      new SteadyStateChecked(14, "runtime-kill", "during", false,
          List.of(new ProbeReading("ok", 95.238, false), new ProbeReading("ttfr", null, true))),
      new ExperimentEnded(15, "runtime-kill", "deviated", 14L),
      new RunEnded(16, RunStatus.ABORTED, "ttfr_ms p95 < 1 can no longer be met"),
      new Other(17, "some_future_line", Map.of("vu", 7, "ok", true)),
      new Login(19, 7, "dash", false, 5000.5, "refresh", "token request got no answer"),
      new EmbedMinted(20, 7, "dash", true, 12.25, null),
      new Fault(18, "oom-kill", null, List.of(FaultTarget.of("runtime", "dash-03", 77L, "dash")), false, "OOMKilled"));

  @Test
  void everyEventTypeReadsBackAsTheRecordThatWroteIt(@TempDir Path dir) {
    Path file = dir.resolve("journal.jsonl");
    try (Journal j = Journal.append(file)) {
      EVERY_TYPE.forEach(j::write);
    }
    JournalContents read = JournalReader.read(file);
    assertThat(read.warnings()).isEmpty();
    assertThat(read.events()).containsExactlyElementsOf(EVERY_TYPE);
  }

  @Test
  void eachLineHasTheContractsFieldsInOrder(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("journal.jsonl");
    try (Journal j = Journal.append(file)) {
      j.write(new RunStarted(1, "r1", "smoke", 42L, "3ec010a", "ab12", "0.1.0"));
      j.write(new FirstRender(3, 7, "dash", true, 12.3456, 1, 2, 3, "s-1", null));
      j.write(new Rerun(4, 7, "dash", false, 10_000.0004, 2, "no script_finished within 10000 ms"));
      j.write(new FailoverSeen(7, 7, "dash", 99.25, "s-3", null));
      j.write(EVERY_TYPE.get(11));
      j.write(EVERY_TYPE.get(EVERY_TYPE.size() - 1));
      j.write(new RunEnded(16, RunStatus.COMPLETED, null));
    }
    assertThat(Files.readAllLines(file)).containsExactly(
        "{\"t\":1,\"type\":\"run_started\",\"runId\":\"r1\",\"scenario\":\"smoke\",\"seed\":42,\"gitCommit\":\"3ec010a\","
            + "\"scenarioSha256\":\"ab12\",\"gauntletVersion\":\"0.1.0\"}",
        "{\"t\":3,\"type\":\"first_render\",\"vu\":7,\"app\":\"dash\",\"ok\":true,\"ttfrMs\":12.346,\"httpMs\":1.0,"
            + "\"wsConnectMs\":2.0,\"firstDeltaMs\":3.0,\"sessionId\":\"s-1\"}",
        "{\"t\":4,\"type\":\"rerun\",\"vu\":7,\"app\":\"dash\",\"ok\":false,\"rerunMs\":10000.0,\"seq\":2,"
            + "\"error\":\"no script_finished within 10000 ms\"}",
        "{\"t\":7,\"type\":\"failover_seen\",\"vu\":7,\"app\":\"dash\",\"gapMs\":99.25,\"sessionId\":\"s-3\"}",
        "{\"t\":12,\"type\":\"fault\",\"action\":\"pod-kill\",\"experiment\":\"runtime-kill\",\"targets\":["
            + "{\"component\":\"runtime\",\"id\":\"dash-01\",\"pid\":4242,\"app\":\"dash\",\"sessions\":3,"
            + "\"endpoint\":\"http://127.0.0.1:9000\",\"sessionIds\":[\"rs-1\",\"rs-2\"]},"
            + "{\"component\":\"gateway\",\"id\":\"http://127.0.0.1:41002\",\"pid\":5151,\"app\":null}],\"dryRun\":false}",
        "{\"t\":18,\"type\":\"fault\",\"action\":\"oom-kill\",\"experiment\":null,\"targets\":[{\"component\":\"runtime\","
            + "\"id\":\"dash-03\",\"pid\":77,\"app\":\"dash\"}],\"dryRun\":false,\"cause\":\"OOMKilled\"}",
        "{\"t\":16,\"type\":\"run_ended\",\"status\":\"completed\"}");
  }

  @Test
  void missingFieldsReadAsTheirDefaults() {
    JournalContents c = JournalReader.parse("j", "{\"t\":5,\"type\":\"first_render\",\"ok\":true,\"ttfrMs\":9}\n"
        + "{\"type\":\"session_ended\",\"vu\":2}\n");
    assertThat(c.events()).containsExactly(new FirstRender(5, 0, null, true, 9, 0, 0, 0, null, null),
        new SessionEnded(0, 2, null, null, 0));
  }
}
