package dev.gauntlet.platform.gateway;

import dev.gauntlet.platform.common.Args;
import dev.gauntlet.platform.common.StartupException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Optional;

/**
 * The gateway's options (docs/platform.md, section gateway).
 *
 * @param schedulerUri base URL of the scheduler's JSON API, e.g. {@code http://127.0.0.1:7400}
 * @param placementDeadline how long a session may wait for a placement (and a failover for a pod)
 * @param upstreamTimeout an upstream socket that answers no ping for this long is treated as dead
 * @param upstreamPingInterval how often the gateway pings each upstream socket
 * @param auth the {@code --auth} file: tokens required, embed URLs (docs/identity.md); empty: open
 * @param maxClientFrameBytes a client frame or message above this closes its socket with 1009
 */
public record GatewayConfig(
    String host,
    int port,
    Optional<String> portFile,
    Optional<String> ownerPid,
    URI schedulerUri,
    Duration placementDeadline,
    Duration upstreamTimeout,
    Duration upstreamPingInterval,
    Optional<java.nio.file.Path> auth,
    int maxClientFrameBytes) {

  /** BackMsgs are widget states and a few ids: a megabyte is far above any a browser sends. */
  public static final int DEFAULT_MAX_CLIENT_FRAME_BYTES = 1024 * 1024;

  public static GatewayConfig from(String[] argv) {
    Args args = Args.parse("gateway", argv);
    String scheduler = args.required("scheduler", "give the scheduler's URL, e.g. --scheduler http://127.0.0.1:7400");
    GatewayConfig config = new GatewayConfig(
        args.string("host", "127.0.0.1"),
        args.integer("port", 0),
        args.string("port-file"),
        args.string("owner-pid"),
        schedulerUri(scheduler),
        args.duration("placement-deadline", Duration.ofSeconds(10)),
        args.duration("upstream-timeout", Duration.ofSeconds(5)),
        Duration.ofSeconds(1),
        args.string("auth").map(java.nio.file.Path::of),
        args.integer("max-client-frame-bytes", DEFAULT_MAX_CLIENT_FRAME_BYTES));
    args.rejectUnknown();
    return config;
  }

  static URI schedulerUri(String text) {
    String fix = "give an http URL with host and port, e.g. --scheduler http://127.0.0.1:7400";
    try {
      URI uri = new URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
      if (!"http".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() <= 0) {
        throw new StartupException("--scheduler '" + text + "' is not an http URL with a host and port", fix);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new StartupException("--scheduler '" + text + "' is not a URL: " + e.getMessage(), fix, e);
    }
  }
}
