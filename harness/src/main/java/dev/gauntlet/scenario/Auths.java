package dev.gauntlet.scenario;

import dev.gauntlet.yaml.Fields;
import dev.gauntlet.yaml.ScenarioException;
import dev.gauntlet.yaml.YamlReader;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a scenario's {@code auth:} section: {@code Auths.of(scenario)}; empty without one. */
public final class Auths {

  static final List<String> FIELDS = List.of("issuer", "client", "grant", "scope", "viewers", "tokenTtl",
      "refreshBefore", "embed", "headers", "cookies");
  private static final Pattern ENV = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

  private Auths() {}

  public static Optional<Auth> of(Scenario scenario) {
    if (!scenario.sectionNames().contains("auth")) {
      return Optional.empty();
    }
    Fields top = Fields.of(scenario.file(), YamlReader.read(scenario.file()), "", null);
    Fields a = top.mapping("auth", FIELDS);
    Fields client = a.mapping("client", List.of("id", "secret"));
    String grant = a.string("grant", "password");
    if (!List.of("password", "client_credentials").contains(grant)) {
      throw new ScenarioException(a.file(), a.line("grant"), "auth.grant '" + grant + "' is not a grant virtual users use",
          "write grant: password (each viewer logs in) or grant: client_credentials");
    }
    Fields viewers = a.mapping("viewers", List.of("count", "user", "password"));
    Optional<Auth.Embed> embed = Optional.empty();
    if (a.get("embed").isPresent()) {
      if (a.get("client").isEmpty()) {
        throw new ScenarioException(a.file(), a.line("embed"), "auth.embed needs the provider that auth.client logs in to",
            "add client: {id: gauntlet-viewer, secret: ${GAUNTLET_CLIENT_SECRET}} (the host gets its token there too)");
      }
      Fields e = a.mapping("embed", List.of("host", "origin", "share"));
      Fields host = e.mapping("host", List.of("id", "secret"));
      embed = Optional.of(new Auth.Embed(required(host, "id", "host: {id: host-app, secret: ${GAUNTLET_HOST_SECRET}}"),
          secretEnv(host, "secret"), e.string("origin", "http://127.0.0.1:9"), share(e)));
    }
    String issuer = a.string("issuer", "local");
    if (!issuer.equals("local") && a.get("client").isEmpty()) {
      throw new ScenarioException(a.file(), a.line("issuer"), "auth.issuer names a provider but no client logs in to it",
          "add client: {id: YOUR_CLIENT_ID, secret: ${YOUR_CLIENT_SECRET}}");
    }
    Duration ttl = a.duration("tokenTtl", Duration.ofMinutes(5));
    Duration refresh = a.duration("refreshBefore", Duration.ofSeconds(30));
    if (refresh.compareTo(ttl) >= 0) {
      throw new ScenarioException(a.file(), a.line("refreshBefore"), "auth.refreshBefore " + refresh.toSeconds()
          + "s is not shorter than tokenTtl " + ttl.toSeconds() + "s: every session would log in anew",
          "make refreshBefore a fraction of tokenTtl, e.g. tokenTtl: 60s, refreshBefore: 10s");
    }
    return Optional.of(new Auth(issuer.equals("local") ? Optional.empty() : Optional.of(stripSlash(issuer)),
        a.get("client").isPresent() ? required(client, "id", "client: {id: gauntlet-viewer, secret: ${GAUNTLET_CLIENT_SECRET}}") : "",
        secretEnv(client, "secret"), grant, a.string("scope", "gauntlet"), viewers.integer("count", 1, 1),
        viewers.string("user", "viewer-{n}"), secretEnv(viewers, "password"), ttl, refresh, embed,
        templates(a, "headers"), templates(a, "cookies")));
  }

  /** A secret's field: absent (null), or exactly {@code ${NAME}}; a literal would be copied with the scenario. */
  static String secretEnv(Fields f, String key) {
    String v = f.string(key, null);
    if (v == null) {
      return null;
    }
    Matcher m = ENV.matcher(v.strip());
    if (!m.matches()) {
      throw new ScenarioException(f.file(), f.line(key), f.child(key) + " is a literal secret",
          "name an environment variable instead, e.g. " + key + ": ${GAUNTLET_" + key.toUpperCase() + "}: "
              + "the scenario is copied into the run directory, a secret must not be");
    }
    return m.group(1);
  }

  /** Header or cookie values; a value that carries a secret must take it from a variable ({@code ${NAME}}). */
  private static Map<String, String> templates(Fields a, String key) {
    Map<String, String> out = new LinkedHashMap<>();
    if (a.get(key).isEmpty()) {
      return out;
    }
    Fields f = a.mapping(key, null);
    for (String name : f.keys()) {
      out.put(name, f.string(name, ""));
    }
    return out;
  }

  /** The variables {@code auth} needs that {@code env} lacks: named before anything starts. */
  public static List<String> missing(Auth auth, Map<String, String> env) {
    List<String> names = new java.util.ArrayList<>();
    java.util.stream.Stream.of(auth.clientSecretEnv(), auth.passwordEnv(),
        auth.embed().map(Auth.Embed::clientSecretEnv).orElse(null)).filter(n -> n != null).forEach(names::add);
    auth.headers().values().forEach(v -> names.addAll(variables(v)));
    auth.cookies().values().forEach(v -> names.addAll(variables(v)));
    return names.stream().distinct().filter(n -> !env.containsKey(n)).toList();
  }

  /** The variables a template names, in order: {@code Bearer ${TOKEN}} names TOKEN. */
  public static List<String> variables(String template) {
    return ENV.matcher(template).results().map(r -> r.group(1)).toList();
  }

  /** {@code template} with each {@code ${NAME}} replaced from {@code env}; a missing one is an error naming it. */
  public static String resolve(String template, Map<String, String> env, String where) {
    Matcher m = ENV.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = env.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException(where + " names the environment variable " + m.group(1)
            + ", which is not set: export " + m.group(1) + "=... before the run");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static double share(Fields e) {
    double share = e.number("share", 1.0, 0.0);
    if (share > 1.0) {
      throw new ScenarioException(e.file(), e.line("share"), "auth.embed.share " + share + " is above 1",
          "write a fraction of sessions, e.g. share: 0.5");
    }
    return share;
  }

  private static String required(Fields f, String key, String fix) {
    String v = f.string(key, null);
    if (v == null || v.isBlank()) {
      throw new ScenarioException(f.file(), f.line(), f.where() + " needs '" + key + "'", "write " + fix);
    }
    return v;
  }

  private static String stripSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

}
