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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * An AppCDS archive of the runtime's classes, so a cold pod's JVM maps them instead of loading
 * them: about 0.75 s -> 0.3 s to listening on this machine. Made once per java + options + class
 * path contents (a training pod that becomes ready and exits), kept in a cache folder with the
 * copies of the jars it was made against (the JVM checks their modification times): a second
 * checkout of the same source reuses both. Training starts with the scheduler; a pod created
 * meanwhile waits for it ({@link #prerequisite()}), as a phase before its process starts.
 */
final class ClassDataArchive {

  /** How long a pod waits for the training by default; past it the pod fails, naming the archive. */
  static final Duration DEFAULT_POD_WAIT = Duration.ofSeconds(20);
  private static final Duration TRAINING_DEADLINE = Duration.ofSeconds(60);

  private final Path archive;
  private final String java;
  private final List<String> jvmOptions;
  private final String classPath;
  /** Where pods' jars are copied (empty when the class path is not all jars: pods then run from it). */
  private final List<Path> copies;
  /** The class path the archive is made against and pods start with: the copies, or the build's own. */
  private final String archivedClassPath;
  private final Path log;
  private final StartPrerequisite prerequisite;
  private final AtomicBoolean training = new AtomicBoolean();
  private final CompletableFuture<Void> trained = new CompletableFuture<>();

  private ClassDataArchive(Path cacheDir, String key, Path workDir, String java, List<String> jvmOptions,
      String classPath, Duration podWait) {
    this.archive = cacheDir.resolve("runtime-" + key + ".jsa");
    this.java = java;
    this.jvmOptions = jvmOptions;
    this.classPath = classPath;
    this.copies = ClassPathContents.allJars(classPath)
        ? ClassPathContents.copyPaths(classPath, cacheDir.resolve("runtime-" + key)) : List.of();
    this.archivedClassPath = copies.isEmpty() ? classPath
        : copies.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    this.log = workDir.resolve("cds-training.log");
    this.prerequisite = new StartPrerequisite("the class-data archive", "waiting_for_archive", trained, podWait,
        "see " + log);
  }

  /**
   * The archive for pods started this way, in {@code cacheDir}, named by a digest of all that shapes
   * it; a training makes it in {@code workDir} ({@link #trainInBackground()}).
   */
  static ClassDataArchive in(Path cacheDir, Path workDir, String java, List<String> jvmOptions, String classPath,
      Duration podWait) {
    String key = ClassPathContents.digest(classPath, java, modified(java), String.valueOf(jvmOptions));
    return new ClassDataArchive(cacheDir, key, workDir, java, jvmOptions, classPath, podWait);
  }

  /** The class path pods start with: the archive's copies of the jars once they exist, else the build's own. */
  String podClassPath() {
    return copiesMade() ? archivedClassPath : classPath;
  }

  /** The options a pod starts with: the archive, or nothing while there is none (training failed). */
  List<String> podOptions() {
    if (!Files.isRegularFile(archive) || !copiesMade()) {
      return List.of();
    }
    ArchiveCache.touch(archive);
    return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
  }

  /** What a pod waits for before its process starts: the training, when one runs. */
  StartPrerequisite prerequisite() {
    return prerequisite;
  }

  /** Whether the jars the archive is made against are there (always, for a class path not copied). */
  private boolean copiesMade() {
    return copies.stream().allMatch(Files::isRegularFile);
  }

  private static String modified(String java) {
    try {
      return Files.getLastModifiedTime(Path.of(java)).toString();
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  /** Makes the archive on a background thread if it is missing; pods created meanwhile wait for it. */
  void trainInBackground() {
    if (Files.isRegularFile(archive) && copiesMade()) {
      trained.complete(null);
      return;
    }
    if (!training.compareAndSet(false, true)) {
      return;
    }
    Thread t = new Thread(() -> {
      try {
        train();
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

  private void train() throws IOException, InterruptedException {
    Path workDir = log.getParent();
    Files.createDirectories(archive.getParent());
    Files.createDirectories(workDir);
    long began = System.nanoTime();
    if (Files.deleteIfExists(archive)) { // here, it was made against jars that are gone: the JVM would refuse it
      ServiceProcess.log("scheduler", "class data archive " + archive + " lost its jars; making it again");
    }
    ClassPathContents.copy(classPath, copies);
    Path spec = workDir.resolve("cds-training.yaml");
    Files.writeString(spec, "name: cds-training\nwidgets:\n  - {key: n, kind: slider}\n", StandardCharsets.UTF_8);
    Path portFile = workDir.resolve("cds-training.port");
    Files.deleteIfExists(portFile);
    Path partial = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    List<String> cmd = new ArrayList<>(List.of(java));
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of("-XX:ArchiveClassesAtExit=" + partial, "-cp", archivedClassPath, "dev.gauntlet.platform.Main",
        "runtime", "--app-spec", spec.toString(), "--port", "0", "--port-file", portFile.toString(),
        "--owner-pid", Long.toString(ProcessHandle.current().pid())));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    try {
      awaitHealthy(portFile, p);
      exercise(LocalProcessPodDriver.endpointFrom(portFile).orElseThrow());
      p.destroy(); // SIGTERM: a normal exit is when the JVM writes the archive
      if (!p.waitFor(TRAINING_DEADLINE.toSeconds(), TimeUnit.SECONDS) || !Files.isRegularFile(partial)) {
        throw new IOException("the training pod wrote no archive (log " + log + ")");
      }
      Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      ServiceProcess.log("scheduler", "class data archive made in "
          + Duration.ofNanos(System.nanoTime() - began).toMillis() + " ms: " + archive);
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
}
