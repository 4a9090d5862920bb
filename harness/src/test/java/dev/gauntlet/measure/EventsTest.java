package dev.gauntlet.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsTest {

  @Test
  void eachEventTypeIsOneJournalLineWithTheContractsFields(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("journal.jsonl");
    try (Journal j = Journal.append(file)) {
      j.write(1, "run_started", Events.runStarted("r1", "smoke", 42, "3ec010a", "ab12", "0.1.0"));
      j.write(2, "session_started", Events.sessionStarted(7, "dash", "http://g1", 1));
      j.write(3, "first_render", Events.firstRender(7, "dash", true, 12.3456, 1, 2, 3, "s-1", null));
      j.write(4, "rerun", Events.rerun(7, "dash", false, 10_000.0004, 2, "no script_finished within 10000 ms"));
      j.write(5, "socket_dropped", Events.socketDropped(7, "dash", 1006, "gone", true));
      j.write(6, "socket_recovered", Events.socketRecovered(7, "dash", 250.5, 2, "s-2"));
      j.write(7, "failover_seen", Events.failoverSeen(7, "dash", 99.25, "s-3"));
      j.write(8, "session_lost", Events.sessionLost(7, "dash", "late"));
      j.write(9, "session_ended", Events.sessionEnded(7, "dash", "lost", 3));
      j.write(10, "run_ended", Events.runEnded("aborted", "ttfr_ms p95 < 1 can no longer be met"));
    }
    assertThat(Files.readAllLines(file)).containsExactly(
        "{\"t\":1,\"type\":\"run_started\",\"runId\":\"r1\",\"scenario\":\"smoke\",\"seed\":42,\"gitCommit\":\"3ec010a\","
            + "\"scenarioSha256\":\"ab12\",\"gauntletVersion\":\"0.1.0\"}",
        "{\"t\":2,\"type\":\"session_started\",\"vu\":7,\"app\":\"dash\",\"entry\":\"http://g1\",\"intendedAt\":1}",
        "{\"t\":3,\"type\":\"first_render\",\"vu\":7,\"app\":\"dash\",\"ok\":true,\"ttfrMs\":12.346,\"httpMs\":1.0,"
            + "\"wsConnectMs\":2.0,\"firstDeltaMs\":3.0,\"sessionId\":\"s-1\"}",
        "{\"t\":4,\"type\":\"rerun\",\"vu\":7,\"app\":\"dash\",\"ok\":false,\"rerunMs\":10000.0,\"seq\":2,"
            + "\"error\":\"no script_finished within 10000 ms\"}",
        "{\"t\":5,\"type\":\"socket_dropped\",\"vu\":7,\"app\":\"dash\",\"code\":1006,\"reason\":\"gone\",\"inFlight\":true}",
        "{\"t\":6,\"type\":\"socket_recovered\",\"vu\":7,\"app\":\"dash\",\"gapMs\":250.5,\"attempts\":2,\"sessionId\":\"s-2\"}",
        "{\"t\":7,\"type\":\"failover_seen\",\"vu\":7,\"app\":\"dash\",\"gapMs\":99.25,\"sessionId\":\"s-3\"}",
        "{\"t\":8,\"type\":\"session_lost\",\"vu\":7,\"app\":\"dash\",\"reason\":\"late\"}",
        "{\"t\":9,\"type\":\"session_ended\",\"vu\":7,\"app\":\"dash\",\"outcome\":\"lost\",\"interactions\":3}",
        "{\"t\":10,\"type\":\"run_ended\",\"status\":\"aborted\",\"reason\":\"ttfr_ms p95 < 1 can no longer be met\"}");
  }
}
