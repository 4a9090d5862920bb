package dev.gauntlet.platform.runtime;

import dev.gauntlet.platform.common.Args;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The runtime's command line (docs/platform.md, "runtime"). */
record RuntimeOptions(
    Path appSpec,
    String host,
    int port,
    Optional<String> portFile,
    Optional<String> ownerPid,
    String podId,
    Duration sessionTtl,
    int maxDetached,
    Duration pingInterval,
    Duration pingTimeout,
    List<String> allowedOrigins) {

  static RuntimeOptions parse(String[] argv) {
    Args args = Args.parse("runtime", argv);
    RuntimeOptions o = new RuntimeOptions(
        args.path("app-spec", "pass --app-spec FILE (e.g. apps/dash.yaml)"),
        args.string("host", "127.0.0.1"),
        args.integer("port", 0),
        args.string("port-file"),
        args.string("owner-pid"),
        args.string("pod-id", ""),
        args.duration("session-ttl", Duration.ofSeconds(120)),
        args.integer("max-detached", 128),
        args.duration("ping-interval", Duration.ofSeconds(1)),
        args.duration("ping-timeout", Duration.ofSeconds(30)),
        args.string("allowed-origins").map(s -> Arrays.stream(s.split(","))
            .map(String::trim).filter(x -> !x.isEmpty()).toList()).orElse(List.of()));
    args.rejectUnknown();
    return o;
  }
}
