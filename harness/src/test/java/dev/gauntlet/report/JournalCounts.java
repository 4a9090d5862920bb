package dev.gauntlet.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.analysis.Summary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Counts a journal's lines by type and outcome, independently of {@link SummaryCalculator}, and
 * asserts a summary agrees with them: what the ITs check of every real run too.
 */
public final class JournalCounts {

  private final Map<String, Long> byKey = new HashMap<>();
  private final Set<String> recoveredVus = new HashSet<>();

  public static JournalCounts of(Path journal) {
    JournalCounts counts = new JournalCounts();
    ObjectMapper json = new ObjectMapper();
    try {
      for (String line : Files.readAllLines(journal)) {
        JsonNode e;
        try {
          e = json.readTree(line);
        } catch (IOException cut) {
          continue;
        }
        String type = e.path("type").asText();
        String key = switch (type) {
          case "session_ended" -> type + ":" + e.path("outcome").asText();
          case "first_render", "rerun" -> "interaction:" + e.path("ok").asBoolean();
          default -> type;
        };
        counts.byKey.merge(key, 1L, Long::sum);
        if (type.equals("socket_recovered") || type.equals("failover_seen")) {
          counts.recoveredVus.add(e.path("vu").asText());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counts;
  }

  public long count(String key) {
    return byKey.getOrDefault(key, 0L);
  }

  public void assertAgrees(Summary s) {
    assertThat(s.sessions().started()).as("session_started lines").isEqualTo(count("session_started"));
    assertThat(s.sessions().completed()).as("completed sessions").isEqualTo(count("session_ended:completed"));
    assertThat(s.sessions().failed()).as("failed sessions").isEqualTo(count("session_ended:failed"));
    assertThat(s.sessions().lost()).as("lost sessions").isEqualTo(count("session_ended:lost"));
    assertThat(s.sessions().recovered()).as("recovered vus").isEqualTo(recoveredVus.size());
    assertThat(s.interactions().ok()).as("ok interactions").isEqualTo(count("interaction:true"));
    assertThat(s.interactions().failed()).as("failed interactions").isEqualTo(count("interaction:false"));
    assertThat(s.sli().get("rerun_ms").count()).as("ok reruns").isLessThanOrEqualTo(count("interaction:true"));
    assertThat(s.sli().get("failover_ms").count()).as("failover lines")
        .isEqualTo(count("socket_recovered") + count("failover_seen"));
  }
}
