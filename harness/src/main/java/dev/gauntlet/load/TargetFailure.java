package dev.gauntlet.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways a session fails before its first render because the target itself refused it (an HTTP
 * error status, no answer, a socket handshake that failed), as the words of a {@code first_render}
 * line's {@code error}. The simulation writes them and the run's fail-fast watch reads them back,
 * so both live here. A slow render or a script error is none of these: the target answered.
 */
public final class TargetFailure {

  private static final Pattern STATUS = Pattern.compile("GET (\\S+) answered (\\d{3})");
  private static final Pattern NO_ANSWER = Pattern.compile("GET (\\S+) got no answer.*");
  private static final Pattern HANDSHAKE = Pattern.compile("WebSocket handshake at (\\S+) failed.*");

  private TargetFailure() {}

  /** {@code GET http://127.0.0.1:8501/_stcore/health answered 404}. */
  public static String httpStatus(String url, int status) {
    return "GET " + url + " answered " + status;
  }

  /** A request that got no HTTP answer at all; {@code why}: refused, reset, timed out, as far as known. */
  public static String noAnswer(String url, String why) {
    return "GET " + url + " got no answer (" + why + ")";
  }

  /** A socket that did not open; {@code why} names what the server did, when known (else null). */
  public static String handshake(String url, String why) {
    return "WebSocket handshake at " + url + " failed" + (why == null ? "" : ": " + why);
  }

  /**
   * What failed, without host and port (the same failure at two gateways or for two apps is one
   * kind): {@code health answered 404}, {@code page got no answer}, {@code stream handshake failed};
   * empty for an error that is not the target refusing (a timeout, a script error).
   */
  public static Optional<String> kind(String error) {
    if (error == null) {
      return Optional.empty();
    }
    Matcher m = STATUS.matcher(error);
    if (m.matches()) {
      return Optional.of(resource(m.group(1)) + " answered " + m.group(2));
    }
    m = NO_ANSWER.matcher(error);
    if (m.matches()) {
      return Optional.of(resource(m.group(1)) + " got no answer");
    }
    m = HANDSHAKE.matcher(error);
    return m.matches() ? Optional.of(resource(m.group(1)) + " handshake failed") : Optional.empty();
  }

  /** The URL an error of one of these kinds names; empty for any other error. */
  public static Optional<String> url(String error) {
    for (Pattern p : new Pattern[] {STATUS, NO_ANSWER, HANDSHAKE}) {
      Matcher m = p.matcher(error == null ? "" : error);
      if (m.matches()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  private static String resource(String url) {
    for (String known : new String[] {"health", "host-config", "stream"}) {
      if (url.endsWith("/_stcore/" + known)) {
        return known;
      }
    }
    return "page";
  }
}
