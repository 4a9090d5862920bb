package dev.gauntlet.chaos;

import dev.gauntlet.deploy.Target;

/**
 * Which targets an action may hit; null fields match anything.
 *
 * @param component {@code runtime}, {@code gateway} or {@code scheduler}
 * @param app a pod's app
 * @param busy true: pods with sessions; false: idle pods
 */
public record Selector(String component, String app, Boolean busy) {

  public static final Selector ANY = new Selector(null, null, null);

  public boolean matches(Target t) {
    return (component == null || component.equals(t.component()))
        && (app == null || app.equals(t.app()))
        && (busy == null || busy == t.busy());
  }
}
