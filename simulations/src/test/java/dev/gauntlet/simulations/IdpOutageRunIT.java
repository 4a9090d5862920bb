package dev.gauntlet.simulations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code gauntlet run scenarios/chaos-idp-outage.yaml}: the provider frozen 10 s under load loses
 * no running session, the logins in the outage are counted as failed (apart from the platform's
 * failures), and the summary says when logins recovered.
 */
class IdpOutageRunIT {

  @Test
  void runningSessionsSurviveTheOutageAndLoginsRecover() throws Exception {
    Path out = java.nio.file.Files.createTempDirectory(Path.of("target"), "idp-outage-it-"); // kept for a look after
    CliRun run = CliRun.of("scenarios/chaos-idp-outage.yaml", out, Map.of(
        "GAUNTLET_CLIENT_SECRET", "outage-client-secret", "GAUNTLET_VIEWER_PASSWORD", "outage-password"));
    assertThat(run.exit()).as(run.terminal()).isZero();
    JsonNode summary = run.summary();
    assertThat(summary.path("sessions").path("lost").asLong()).isZero();
    assertThat(summary.path("sessions").path("failed").asLong()).as("platform failures").isZero();
    JsonNode fault = summary.path("identity").path("idpFaults").path(0);
    assertThat(fault.path("action").asText()).isEqualTo("idp-pause");
    assertThat(fault.path("sessionsRunning").asLong()).as(fault + " in " + run.runDir()).isPositive();
    assertThat(fault.path("sessionsKeptWorking").asLong()).isEqualTo(fault.path("sessionsRunning").asLong());
    assertThat(fault.path("loginsFailed").asLong()).isPositive();
    assertThat(fault.path("loginsRecoveredAfterMs").isNumber()).as("logins recovered: " + fault).isTrue();
    assertThat(fault.path("loginsRecoveredAfterMs").asLong()).isBetween(9_000L, 30_000L);
    assertThat(summary.path("identity").path("authFailedSessions").asLong()).isPositive();
    assertThat(run.terminal()).contains("idp-pause").contains("logins recovered after");
    for (String secret : List.of("outage-client-secret", "outage-password", "eyJraWQiOiJnYXVudGxldC")) {
      assertThat(run.holding(secret)).as("where " + secret + " was written, failed logins included").isEmpty();
    }
  }
}
