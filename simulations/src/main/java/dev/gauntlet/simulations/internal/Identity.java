package dev.gauntlet.simulations.internal;

import dev.gauntlet.load.Plan;
import dev.gauntlet.measure.JournalEvent;
import io.gatling.javaapi.core.Session;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who one session logs in as and what it holds: the viewer's token (or, through an embed URL,
 * none: the gateway's cookie), the login and embed steps' timing and outcome, journaled as
 * {@code login} and {@code embed} lines. MUTABLE: owned by one {@link Browser}.
 */
public final class Identity {

  public static final String TOKEN = "auth.token";
  public static final String EXPIRES_IN = "auth.expiresIn";
  public static final String STATUS = "auth.status";
  public static final String EMBED_URL = "auth.embedUrl";

  private final Browser browser;
  private final Plan.Auth auth;
  private final AuthSecrets secrets;
  private final String viewer;
  private final boolean embed;
  private String token;
  private String embedUrl;
  private long stepStartMicros;
  private String failure;

  Identity(Browser browser, Plan.Auth auth, AuthSecrets secrets, int viewerIndex) {
    this.browser = browser;
    this.auth = auth;
    this.secrets = secrets;
    this.viewer = auth.viewer(viewerIndex);
    this.embed = auth.embeds(viewerIndex);
  }

  /** Whether this session opens the app through an embed URL its host mints. */
  public boolean embeds() {
    return embed;
  }

  /** The token the viewer needs from the provider (none held fresh); embed sessions need none. */
  public boolean needsLogin() {
    if (!auth.logsIn() || embed) {
      return false;
    }
    token = browser.run.tokens().fresh(viewer, System.currentTimeMillis()).orElse(null);
    return token == null;
  }

  public boolean needsHostToken() {
    return embed && browser.run.tokens().fresh(hostKey(), System.currentTimeMillis()).isEmpty();
  }

  public String tokenUrl() {
    return secrets.tokenEndpoint();
  }

  /** The viewer's token request: the scenario's grant, secrets from the environment. */
  public Map<String, Object> loginForm() {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("grant_type", auth.grant());
    form.put("client_id", auth.clientId());
    secrets.value(auth.clientSecretEnv()).ifPresent(v -> form.put("client_secret", v));
    if (auth.grant().equals("password")) {
      form.put("username", viewer);
      secrets.value(auth.passwordEnv()).ifPresent(v -> form.put("password", v));
    }
    form.put("scope", "openid " + auth.scope());
    return form;
  }

  public Map<String, Object> hostForm() {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    form.put("client_id", auth.embedHost());
    secrets.value(auth.embedHostSecretEnv()).ifPresent(v -> form.put("client_secret", v));
    form.put("scope", auth.scope());
    return form;
  }

  public Session start(Session s) {
    stepStartMicros = Frames.nowMicros();
    return s.remove(TOKEN).remove(EXPIRES_IN).remove(STATUS);
  }

  /** After the viewer's (or, {@code host}, the host application's) token request. */
  public Session tokenDone(Session s, boolean host) {
    String identity = host ? hostKey() : viewer;
    String kind = host ? "host" : browser.run.tokens().held(identity) ? "refresh" : "login";
    double ms = (Frames.nowMicros() - stepStartMicros) / 1000.0;
    String got = s.getString(TOKEN);
    boolean ok = !s.isFailed() && got != null;
    String error = ok ? null : "token request to " + tokenUrl() + (s.contains(STATUS) ? " answered " + s.getInt(STATUS)
        : " got no answer");
    browser.run.journal().write(new JournalEvent.Login(System.currentTimeMillis(), browser.vu, browser.app.name(), ok, ms,
        kind, error));
    if (!ok) {
      failure = error;
      return s.remove(TOKEN).markAsSucceeded();
    }
    long expiresIn = s.contains(EXPIRES_IN) ? s.getLong(EXPIRES_IN) : 60;
    browser.run.tokens().put(identity, got, System.currentTimeMillis() + expiresIn * 1000);
    if (!host) {
      token = got;
    }
    return s.remove(TOKEN).markAsSucceeded();
  }

  public String hostAuthorization() {
    return "Bearer " + browser.run.tokens().fresh(hostKey(), System.currentTimeMillis()).orElse("");
  }

  public String embedRequest() {
    return "{\"app\":\"" + browser.app.name() + "\",\"viewer\":\"" + viewer + "\"}";
  }

  public Session embedDone(Session s) {
    double ms = (Frames.nowMicros() - stepStartMicros) / 1000.0;
    embedUrl = s.getString(EMBED_URL);
    boolean ok = !s.isFailed() && embedUrl != null;
    String error = ok ? null : "POST /v1/embed-urls " + (s.contains(STATUS) ? "answered " + s.getInt(STATUS) : "got no answer");
    browser.run.journal().write(new JournalEvent.EmbedMinted(System.currentTimeMillis(), browser.vu, browser.app.name(),
        ok, ms, error));
    if (!ok) {
      failure = error;
    }
    return s.remove(EMBED_URL).remove(STATUS).markAsSucceeded();
  }

  /** The page to open: the minted embed URL once (it is single-use), else the app's page. */
  public String page(String plainPage) {
    String url = embedUrl;
    embedUrl = null;
    return url != null ? url : plainPage;
  }

  /** {@code Bearer <token>}, or empty for a session that holds the gateway's cookie instead. */
  public String authorization() {
    return token == null ? "" : "Bearer " + token;
  }

  /** What the socket offers in Streamlit's token slot. */
  public String socketToken() {
    return token == null ? "PLACEHOLDER_AUTH_TOKEN" : token;
  }

  public boolean failed() {
    return failure != null;
  }

  private String hostKey() {
    return "host:" + auth.embedHost();
  }
}
