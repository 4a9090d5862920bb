package dev.gauntlet.protocol.client;

import java.net.URI;

/** The socket and origin a browser derives from an app's base URL. */
public final class StreamUris {
  private StreamUris() {}

  /** {@code http://host:port/prefix} -> {@code ws://host:port/prefix/_stcore/stream} (https -> wss). */
  public static URI streamUri(URI base) {
    String scheme = requireHttp(base).equalsIgnoreCase("https") ? "wss" : "ws";
    return URI.create(scheme + "://" + base.getRawAuthority() + prefix(base) + "/_stcore/stream");
  }

  /** {@code <base>/<path>} for the pre-socket calls, e.g. {@code _stcore/health}. */
  public static URI resolve(URI base, String path) {
    requireHttp(base);
    String tail = path.startsWith("/") ? path.substring(1) : path;
    return URI.create(base.getScheme() + "://" + base.getRawAuthority() + prefix(base) + "/" + tail);
  }

  /** The base's origin ({@code scheme://host[:port]}), sent as the socket's Origin header. */
  public static String origin(URI base) {
    requireHttp(base);
    return base.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + base.getRawAuthority();
  }

  private static String prefix(URI base) {
    String path = base.getRawPath() == null ? "" : base.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path;
  }

  private static String requireHttp(URI base) {
    String scheme = base.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || base.getRawAuthority() == null) {
      throw new IllegalArgumentException("app base URL '" + base
          + "' must be http(s)://host:port[/prefix], e.g. http://127.0.0.1:8501/apps/dash");
    }
    return scheme;
  }
}
