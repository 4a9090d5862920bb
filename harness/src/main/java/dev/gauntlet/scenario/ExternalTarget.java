package dev.gauntlet.scenario;

import java.net.URI;

/** An existing deployment reached by URL: nothing to start, nothing to stop. */
public record ExternalTarget(URI url) implements Target {

  @Override
  public String kind() {
    return "external";
  }
}
