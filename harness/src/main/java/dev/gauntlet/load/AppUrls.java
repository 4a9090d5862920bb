package dev.gauntlet.load;

/**
 * The URLs a browser fetches for an app under an entry point (docs/run.md): the page, health,
 * host-config and the session socket. One place, so the simulation and the preflight agree.
 */
public final class AppUrls {

  private AppUrls() {}

  public static String page(String entry, Plan.App app) {
    return base(entry, app) + "/";
  }

  public static String health(String entry, Plan.App app) {
    return base(entry, app) + "/_stcore/health";
  }

  public static String hostConfig(String entry, Plan.App app) {
    return base(entry, app) + "/_stcore/host-config";
  }

  /** The socket's URL: http becomes ws, https wss. */
  public static String stream(String entry, Plan.App app) {
    return base(entry, app).replaceFirst("^http", "ws") + "/_stcore/stream";
  }

  private static String base(String entry, Plan.App app) {
    return (entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry) + app.path();
  }
}
