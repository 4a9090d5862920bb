package dev.gauntlet.platform.scheduler;

import dev.gauntlet.platform.common.ServiceProcess;
import dev.gauntlet.protocol.client.SessionClient;
import dev.gauntlet.protocol.client.SessionOptions;
import dev.gauntlet.protocol.rerun.Reruns;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An AppCDS archive of the runtime's classes, so a cold pod's JVM maps them instead of loading
 * them: about 0.75 s -> 0.3 s to listening on this machine. Made once per java + options + class
 * path (a training pod that becomes ready and exits), kept in a cache folder. Training starts with
 * the scheduler, and a pod created meanwhile waits for it: no pod starts without the archive.
 */
final class ClassDataArchive {

  private static final Duration TRAINING_DEADLINE = Duration.ofSeconds(60);
  /** How long a pod waits for the training: past it (a stuck training), it starts without the archive. */
  private static final Duration POD_WAIT = Duration.ofSeconds(20);

  private final Path archive;
  private final String java;
  private final List<String> jvmOptions;
  private final String classPath;
  private final AtomicBoolean training = new AtomicBoolean();
  private final CompletableFuture<Void> trained = new CompletableFuture<>();

  private ClassDataArchive(Path archive, String java, List<String> jvmOptions, String classPath) {
    this.archive = archive;
    this.java = java;
    this.jvmOptions = jvmOptions;
    this.classPath = classPath;
  }

  /** The archive for pods started this way, in {@code cacheDir} (named by a hash of all that shapes it). */
  static ClassDataArchive in(Path cacheDir, String java, List<String> jvmOptions, String classPath) {
    StringBuilder key = new StringBuilder(java).append('\n').append(jvmOptions).append('\n');
    for (String entry : classPath.split(File.pathSeparator)) {
      File f = new File(entry);
      key.append(entry).append(':').append(f.length()).append(':').append(f.lastModified()).append('\n');
    }
    return new ClassDataArchive(cacheDir.resolve("runtime-" + sha256(key.toString()) + ".jsa"),
        java, jvmOptions, classPath);
  }

  /**
   * The options a pod starts with: the archive. Blocking (a pod is created off the event loop):
   * while the training runs, waits for it; without an archive (training failed), nothing.
   */
  List<String> podOptions() {
    if (training.get() && !trained.isDone()) {
      try {
        trained.get(POD_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException | ExecutionException e) {
        ServiceProcess.log("scheduler", "class data archive not ready after " + POD_WAIT.toSeconds()
            + " s; this pod starts without it");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (!Files.isRegularFile(archive)) {
      return List.of();
    }
    ArchiveCache.touch(archive);
    return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
  }

  /** Makes the archive on a background thread if it is missing; pods created meanwhile wait for it. */
  void trainInBackground(Path workDir) {
    if (Files.isRegularFile(archive) || !training.compareAndSet(false, true)) {
      return;
    }
    Thread t = new Thread(() -> {
      try {
        train(workDir);
      } catch (IOException | RuntimeException e) {
        ServiceProcess.log("scheduler", "class data archive not made (" + e.getMessage() + "); pods start without it");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        trained.complete(null);
      }
    }, "cds-training");
    t.setDaemon(true);
    t.start();
  }

  private void train(Path workDir) throws IOException, InterruptedException {
    Files.createDirectories(archive.getParent());
    Files.createDirectories(workDir);
    Path spec = workDir.resolve("cds-training.yaml");
    Files.writeString(spec, "name: cds-training\nwidgets:\n  - {key: n, kind: slider}\n", StandardCharsets.UTF_8);
    Path portFile = workDir.resolve("cds-training.port");
    Files.deleteIfExists(portFile);
    Path partial = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    List<String> cmd = new ArrayList<>(List.of(java));
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of("-XX:ArchiveClassesAtExit=" + partial, "-cp", classPath, "dev.gauntlet.platform.Main",
        "runtime", "--app-spec", spec.toString(), "--port", "0", "--port-file", portFile.toString(),
        "--owner-pid", Long.toString(ProcessHandle.current().pid())));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("cds-training.log").toFile())).start();
    try {
      awaitHealthy(portFile, p);
      exercise(LocalProcessPodDriver.endpointFrom(portFile).orElseThrow());
      p.destroy(); // SIGTERM: a normal exit is when the JVM writes the archive
      if (!p.waitFor(TRAINING_DEADLINE.toSeconds(), TimeUnit.SECONDS) || !Files.isRegularFile(partial)) {
        throw new IOException("the training pod wrote no archive (log " + workDir.resolve("cds-training.log") + ")");
      }
      Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      ServiceProcess.log("scheduler", "class data archive made: " + archive);
      ArchiveCache.prune(archive.getParent(), Instant.now());
    } finally {
      p.destroyForcibly();
      Files.deleteIfExists(partial);
    }
  }

  /**
   * Serves one session on the training pod, so the archive also holds the classes of the session
   * path: a warm pod's first session (a failover lands on one) then loads none of them.
   */
  private static void exercise(String endpoint) {
    try (SessionClient session = SessionClient.connect(SessionOptions.of(URI.create(endpoint + "/")))) {
      for (int i = 0; i < 3; i++) {
        session.rerun(Reruns.first("")).await(TRAINING_DEADLINE);
      }
    } catch (RuntimeException e) {
      ServiceProcess.log("scheduler", "class data archive: the training session failed (" + e.getMessage()
          + "); the archive holds the start-up classes only");
    }
  }

  private static void awaitHealthy(Path portFile, Process p) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + TRAINING_DEADLINE.toNanos();
    while (System.nanoTime() < deadline && p.isAlive()) {
      Optional<String> endpoint = LocalProcessPodDriver.endpointFrom(portFile);
      if (endpoint.isPresent()) {
        try {
          HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(endpoint.get() + "/_stcore/health"))
              .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
          if (r.statusCode() == 200) {
            return;
          }
        } catch (IOException e) {
          // not listening yet
        }
      }
      Thread.sleep(50);
    }
    throw new IOException("the training pod did not become ready within " + TRAINING_DEADLINE.toSeconds() + " s");
  }

  private static String sha256(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
