package dev.gauntlet.cli;

import dev.gauntlet.run.LoadSplit;
import java.net.URI;
import picocli.CommandLine.Option;

/** The options of {@code run --workers N --on kubernetes} (a picocli mixin of {@link RunArgs}). */
final class WorkersOnKubernetesArgs {

  @Option(names = "--worker-namespace", paramLabel = "NS",
      description = "with --on kubernetes: where the workers' Job goes (default: the target's kubernetes.namespace, "
          + "else gauntlet)")
  String namespace;

  @Option(names = "--worker-image", paramLabel = "IMAGE",
      description = "with --on kubernetes: the harness image, entrypoint the gauntlet CLI (default: "
          + "gauntlet-harness:local; docs/workers.md)")
  String image;

  @Option(names = "--coordinator-url", paramLabel = "URL",
      description = "with --on kubernetes: how the workers' pods reach this process, e.g. http://10.0.0.5 (no port: "
          + "the port it listens on; default: the address it listens on)")
  URI coordinatorUrl;

  @Option(names = "--coordinator-bind", paramLabel = "HOST[:PORT]",
      description = "where this process listens for its workers (default: 127.0.0.1 at a port the system picks; "
          + "0.0.0.0 needs --coordinator-url)")
  String coordinatorBind;

  LoadSplit.OnKubernetes value() {
    return new LoadSplit.OnKubernetes(namespace, image, coordinatorUrl, coordinatorBind);
  }
}
