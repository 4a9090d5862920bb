package dev.gauntlet.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gauntlet.analysis.ResourceSamples;
import dev.gauntlet.analysis.RunFiles;
import dev.gauntlet.deploy.Deployment;
import dev.gauntlet.deploy.Target;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Every second while the run is on: each component's {@code /metrics} (the harness, gateways,
 * scheduler, every runtime pod) appended to {@code metrics/<id>.prom}, and each one's CPU seconds and
 * memory to {@code metrics/resources.jsonl} (docs/observability.md). Mutable: started, closed once.
 */
final class ComponentScraper implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private final Deployment deployment;
  private final URI harnessMetrics;
  private final Consumer<String> log;
  private final Consumer<List<ResourceSamples.Sample>> onResources;
  private final Scrapes scrapes = new Scrapes();
  /** Targets whose first scrape was kept whole: later ones keep only their samples. */
  private final Set<String> described = new HashSet<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "gauntlet-scrape");
    t.setDaemon(true);
    return t;
  });
  private boolean warned;

  /**
   * @param deployment null for an external target: only the harness is scraped
   * @param onResources gets each second's CPU and memory readings (the harness's own metrics serve them)
   */
  ComponentScraper(Path runDir, Deployment deployment, URI harnessMetrics, Consumer<String> log,
      Consumer<List<ResourceSamples.Sample>> onResources) {
    this.dir = runDir.resolve(RunFiles.METRICS);
    this.onResources = onResources;
    this.deployment = deployment;
    this.harnessMetrics = harnessMetrics;
    this.log = log;
  }

  void start() {
    timer.scheduleAtFixedRate(this::tick, 0, 1, TimeUnit.SECONDS);
  }

  synchronized void tick() {
    long now = System.currentTimeMillis();
    List<Scrapes.Component> components = components();
    try {
      Files.createDirectories(dir);
      StringBuilder resources = new StringBuilder();
      List<ResourceSamples.Sample> readings = new ArrayList<>();
      List<String> bodies = scrapes.fetch(components);
      for (int i = 0; i < components.size(); i++) {
        Scrapes.Component c = components.get(i);
        String body = bodies.get(i);
        String kept = body == null ? "" : described.add(c.id()) ? body : Scrapes.samplesOnly(body);
        Files.writeString(dir.resolve(c.id() + ".prom"), "# scrape_at " + now + (body == null ? " failed" : "") + "\n"
            + kept, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        resource(now, c).ifPresent(r -> {
          readings.add(r);
          resources.append(line(r)).append('\n');
        });
      }
      onResources.accept(readings);
      Files.writeString(dir.resolve(RunFiles.RESOURCES), resources, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException | RuntimeException e) {
      if (!warned) { // once: the next second tries again
        warned = true;
        log.accept("warning: cannot keep the components' metrics in " + dir + ": " + e.getMessage());
      }
    }
  }

  /** The harness, then what the deployment lists now (its components keep serving while a pod comes and goes). */
  private List<Scrapes.Component> components() {
    List<Scrapes.Component> all = new ArrayList<>();
    all.add(new Scrapes.Component("harness", "harness", harnessMetrics, ProcessHandle.current().pid(), null));
    if (deployment == null) {
      return all;
    }
    try {
      for (Target t : deployment.targets()) {
        if (t.endpoint() != null) {
          all.add(new Scrapes.Component(t.id(), t.component(), URI.create(t.endpoint().replaceAll("/+$", "") + "/metrics"),
              t.handle() == null ? null : t.handle().pid(), t.handle() == null ? null : t.handle().containerId()));
        }
      }
    } catch (RuntimeException e) {
      // the scheduler may be restarting: its pods are scraped again next second
    }
    return all;
  }

  private static Optional<ResourceSamples.Sample> resource(long now, Scrapes.Component c) {
    OptionalDouble cpu = c.pid() != null ? ProcessCpu.seconds(c.pid())
        : c.containerId() != null ? ProcessMemory.containerCpuSeconds(c.containerId()) : OptionalDouble.empty();
    OptionalLong rss = c.pid() != null ? ProcessMemory.rssBytes(c.pid())
        : c.containerId() != null ? ProcessMemory.containerBytes(c.containerId()) : OptionalLong.empty();
    if (cpu.isEmpty() && rss.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ResourceSamples.Sample(now, c.component(), c.id(),
        cpu.isPresent() ? Math.round(cpu.getAsDouble() * 1000) / 1000.0 : Double.NaN, rss.orElse(-1)));
  }

  /** One line of resources.jsonl: what is unknown is left out. */
  private static String line(ResourceSamples.Sample r) {
    ObjectNode line = JSON.createObjectNode().put("t", r.t()).put("id", r.id()).put("component", r.component());
    if (!Double.isNaN(r.cpuSeconds())) {
      line.put("cpuSeconds", r.cpuSeconds());
    }
    if (r.rssBytes() >= 0) {
      line.put("rssBytes", r.rssBytes());
    }
    return line.toString();
  }

  @Override
  public synchronized void close() {
    timer.shutdownNow();
  }
}
