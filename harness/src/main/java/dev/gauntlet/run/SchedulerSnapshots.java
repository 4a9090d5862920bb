package dev.gauntlet.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.deploy.SchedulerClient;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Takes the scheduler's placements and events every few seconds and at the end, into
 * {@code placements.json} and {@code events.json}. Placements are merged across snapshots by
 * session and pod, since the scheduler forgets a placement once its session is gone and the summary
 * still needs to know it was cold. Mutable: started once, stopped once.
 */
public final class SchedulerSnapshots implements AutoCloseable {

  public static final Duration INTERVAL = Duration.ofSeconds(3);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SchedulerClient scheduler;
  private final Path placementsFile;
  private final Path eventsFile;
  private final long sinceEpochMillis;
  private final Consumer<String> log;
  private final Map<String, SchedulerClient.Placement> placements = new LinkedHashMap<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "gauntlet-snapshots");
    t.setDaemon(true);
    return t;
  });
  private String lastError = "";
  private Consumer<List<SchedulerClient.PodEvent>> eventsListener = events -> { };

  public SchedulerSnapshots(URI scheduler, Path runDir, long sinceEpochMillis, Consumer<String> log) {
    this.scheduler = SchedulerClient.at(scheduler);
    this.placementsFile = runDir.resolve("placements.json");
    this.eventsFile = runDir.resolve("events.json");
    this.sinceEpochMillis = sinceEpochMillis;
    this.log = log;
  }

  /** Called with every snapshot's events (all since the start), before {@link #start()}. */
  public synchronized void onEvents(Consumer<List<SchedulerClient.PodEvent>> listener) {
    eventsListener = listener;
  }

  public void start() {
    timer.scheduleWithFixedDelay(this::take, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** One snapshot now; a scheduler that does not answer is logged once per distinct error. */
  public synchronized void take() {
    try {
      // a session re-placed after a failover keeps its id on a new pod: both placements count
      scheduler.placements().forEach(p -> placements.put(p.sessionId() + " " + p.podId(), p));
      writeAtomically(placementsFile, List.copyOf(placements.values()));
      List<SchedulerClient.PodEvent> events = scheduler.events(sinceEpochMillis);
      writeAtomically(eventsFile, events);
      eventsListener.accept(events);
      lastError = "";
    } catch (IOException | RuntimeException e) {
      String error = String.valueOf(e.getMessage());
      if (!error.equals(lastError)) {
        log.accept("scheduler snapshot failed (kept the last one): " + error);
        lastError = error;
      }
    }
  }

  /** Stops the timer and takes the final snapshot. */
  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    take();
  }

  private static void writeAtomically(Path file, Object content) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), content);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
