package dev.gauntlet.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.gauntlet.measure.SliStats;
import java.util.List;
import java.util.Map;

/**
 * A run's identity figures (summary.json {@code identity}, only for runs whose users log in;
 * docs/identity.md): the time to first render's phases, logins and embed URLs, sessions that
 * failed on authentication (apart from the platform's failures), login success over time, and
 * what each identity-provider fault did.
 *
 * @param phases {@code login}, {@code embed}, {@code http}, {@code ws_connect}, {@code first_run}: milliseconds
 * @param authFailedSessions sessions that got no token or no embed URL, so never reached the platform
 * @param loginsOverTime ok and failed token requests per second of the run (from its start)
 */
@JsonPropertyOrder({"phases", "logins", "embeds", "authFailedSessions", "loginsOverTime", "idpFaults"})
public record Identity(Map<String, SliStats> phases, Logins logins, Embeds embeds, long authFailedSessions,
    List<Second> loginsOverTime, List<IdpFault> idpFaults) {

  /** Token requests: first logins, refreshes of tokens near expiry, host-application tokens. */
  @JsonPropertyOrder({"ok", "failed", "refreshes", "host"})
  public record Logins(long ok, long failed, long refreshes, long host) {}

  @JsonPropertyOrder({"ok", "failed"})
  public record Embeds(long ok, long failed) {}

  /** @param second seconds since the run started */
  @JsonPropertyOrder({"second", "ok", "failed"})
  public record Second(long second, long ok, long failed) {}

  /**
   * One {@code idp-kill} or {@code idp-pause}.
   *
   * @param sessionsRunning sessions that had rendered and were still open when it struck
   * @param sessionsKeptWorking of those, the ones that ended completed (none lost or failed)
   * @param loginsFailed token requests that failed from the fault until logins recovered
   * @param loginsRecoveredAfterMs from the fault to the first good token request after the last failed one;
   *     null when none came
   */
  @JsonPropertyOrder({"action", "at", "sessionsRunning", "sessionsKeptWorking", "loginsFailed", "loginsRecoveredAfterMs"})
  public record IdpFault(String action, String at, long sessionsRunning, long sessionsKeptWorking, long loginsFailed,
      Long loginsRecoveredAfterMs) {}
}
