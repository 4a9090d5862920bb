package dev.gauntlet.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.JournalEvent.EmbedMinted;
import dev.gauntlet.measure.JournalEvent.Fault;
import dev.gauntlet.measure.JournalEvent.FirstRender;
import dev.gauntlet.measure.JournalEvent.Login;
import dev.gauntlet.measure.JournalEvent.SessionEnded;
import dev.gauntlet.measure.JournalEvent.SessionStarted;
import dev.gauntlet.measure.SessionOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityAnalysisTest {

  private static final long T0 = 1_000_000;

  @Test
  void aRunWithoutLoginsHasNoIdentitySection() {
    assertThat(IdentityAnalysis.of(List.of(new SessionStarted(T0, 1, "dash", "e", T0)))).isNull();
  }

  @Test
  void phasesCountsAndAnIdpFaultsFigures() {
    List<JournalEvent> events = List.of(
        new SessionStarted(T0, 1, "dash", "e", T0),
        new Login(T0 + 100, 1, "dash", true, 40, "login", null),
        new EmbedMinted(T0 + 150, 1, "dash", true, 12, null),
        new FirstRender(T0 + 300, 1, "dash", true, 200, 30, 20, 100, "s1", null),
        new SessionStarted(T0 + 400, 2, "dash", "e", T0 + 400),
        new Login(T0 + 500, 2, "dash", true, 50, "refresh", null),
        new FirstRender(T0 + 700, 2, "dash", true, 250, 40, 10, 150, "s2", null),
        new Fault(T0 + 1_000, "idp-pause", "outage", List.of(), false, null),
        new SessionStarted(T0 + 1_500, 3, "dash", "e", T0 + 1_500),
        new Login(T0 + 2_000, 3, "dash", false, 5_000, "login", "token request got no answer"),
        new SessionEnded(T0 + 2_001, 3, "dash", SessionOutcome.AUTH_FAILED, 0),
        new Login(T0 + 4_000, 4, "dash", false, 5_000, "login", "token request got no answer"),
        new SessionEnded(T0 + 5_000, 1, "dash", SessionOutcome.COMPLETED, 3),
        new SessionEnded(T0 + 5_500, 2, "dash", SessionOutcome.COMPLETED, 3),
        new Login(T0 + 11_400, 5, "dash", true, 30, "login", null),
        new Login(T0 + 12_000, 6, "dash", false, 5, "login", "answered 500"));

    Identity identity = IdentityAnalysis.of(events);

    assertThat(identity.phases()).containsOnlyKeys("login", "embed", "http", "ws_connect", "first_run");
    assertThat(identity.phases().get("login").count()).isEqualTo(3);
    assertThat(identity.phases().get("embed").count()).isEqualTo(1);
    assertThat(identity.phases().get("first_run").max()).isBetween(199.0, 201.0); // 250 - 40 - 10
    assertThat(identity.logins()).isEqualTo(new Identity.Logins(3, 3, 1, 0));
    assertThat(identity.embeds()).isEqualTo(new Identity.Embeds(1, 0));
    assertThat(identity.authFailedSessions()).isEqualTo(1);
    assertThat(identity.loginsOverTime()).extracting(Identity.Second::second).containsExactly(0L, 2L, 4L, 11L, 12L);
    Identity.IdpFault fault = identity.idpFaults().get(0);
    assertThat(fault.action()).isEqualTo("idp-pause");
    assertThat(fault.sessionsRunning()).isEqualTo(2);
    assertThat(fault.sessionsKeptWorking()).isEqualTo(2);
    assertThat(fault.loginsFailed()).isEqualTo(2); // the failure after logins recovered is not the fault's
    assertThat(fault.loginsRecoveredAfterMs()).isEqualTo(10_400L);
  }
}
