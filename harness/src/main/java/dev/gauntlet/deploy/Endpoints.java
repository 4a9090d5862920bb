package dev.gauntlet.deploy;

import java.net.URI;
import java.util.List;

/** Where a deployment answers: the gateways (the front door), the scheduler API and its apps. */
public record Endpoints(List<URI> gateways, URI scheduler, List<String> apps) {

  public Endpoints {
    gateways = List.copyOf(gateways);
    apps = List.copyOf(apps);
  }
}
