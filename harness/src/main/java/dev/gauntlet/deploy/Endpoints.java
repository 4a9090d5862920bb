package dev.gauntlet.deploy;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Where a deployment answers: the gateways (the front door), the scheduler API, its apps, and its
 * identity provider's base URL when it runs one.
 */
public record Endpoints(List<URI> gateways, URI scheduler, List<String> apps, Optional<URI> idp) {

  public Endpoints {
    gateways = List.copyOf(gateways);
    apps = List.copyOf(apps);
  }

  /** A deployment without an identity provider. */
  public Endpoints(List<URI> gateways, URI scheduler, List<String> apps) {
    this(gateways, scheduler, apps, Optional.empty());
  }
}
