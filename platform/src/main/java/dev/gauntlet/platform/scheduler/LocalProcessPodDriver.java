package dev.gauntlet.platform.scheduler;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Pods as local processes: {@code java ... dev.gauntlet.platform.Main runtime}, output appended to
 * {@code pods/ID.log}. Files, never pipes: a pod must outlive a SIGKILLed scheduler.
 */
final class LocalProcessPodDriver implements PodDriver {

  /** A pid's start instant, read twice, may differ by clock-tick rounding: never by a second. */
  private static final long START_TOLERANCE_MILLIS = 1_000;

  private final Path podsDir;
  private final SchedulerConfig.Runtime runtime;
  private final String java;
  /** Absolute entries: a pod must find its classes whatever the scheduler's working directory was. */
  private final String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
      .map(e -> Path.of(e).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));

  private final Optional<ClassDataArchive> archive;

  LocalProcessPodDriver(Path podsDir, SchedulerConfig.Runtime runtime) {
    this.podsDir = podsDir;
    this.runtime = runtime;
    this.java = runtime.java().orElseGet(
        () -> ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    this.archive = runtime.classDataSharing()
        ? Optional.of(ClassDataArchive.in(Path.of(System.getProperty("java.io.tmpdir"), "gauntlet-cds"),
            podsDir.resolveSibling("cds"), java, runtime.jvmOptions(), classPath, runtime.archiveWait()))
        : Optional.empty();
    archive.ifPresent(ClassDataArchive::trainInBackground);
  }

  @Override
  public Optional<StartPrerequisite> prerequisite() {
    return archive.map(ClassDataArchive::prerequisite);
  }

  @Override
  public PodHandle create(PodRequest request) throws IOException {
    Files.createDirectories(podsDir);
    Path portFile = podsDir.resolve(request.podId() + ".port");
    Files.deleteIfExists(portFile);
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    cmd.addAll(runtime.jvmOptions());
    archive.ifPresent(a -> cmd.addAll(a.podOptions()));
    String podClassPath = archive.map(ClassDataArchive::podClassPath).orElse(classPath);
    cmd.addAll(List.of("-cp", podClassPath, "dev.gauntlet.platform.Main", "runtime",
        "--app-spec", request.spec().toString(), "--pod-id", request.podId(),
        "--port", "0", "--port-file", portFile.toString()));
    runtime.ownerPid().ifPresent(p -> cmd.addAll(List.of("--owner-pid", Long.toString(p))));
    Path log = podsDir.resolve(request.podId() + ".log");
    Process process = new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
    process.getOutputStream().close();
    ProcessHandle handle = process.toHandle();
    return new LocalPod(handle, startedAt(handle), portFile, log,
        process.onExit().thenApply(p -> "exit status " + p.exitValue()));
  }

  @Override
  public Optional<PodHandle> adopt(PodRecord record) {
    Optional<ProcessHandle> handle = ProcessHandle.of(record.pid()).filter(ProcessHandle::isAlive);
    if (handle.isEmpty() || Math.abs(startedAt(handle.get()) - record.pidStartedAt()) > START_TOLERANCE_MILLIS) {
      return Optional.empty();
    }
    ProcessHandle h = handle.get();
    // Not our child: no exit status to read, only that it ended.
    return Optional.of(new LocalPod(h, record.pidStartedAt(), podsDir.resolve(record.id() + ".port"),
        podsDir.resolve(record.id() + ".log"), h.onExit().thenApply(x -> "exited")));
  }

  static long startedAt(ProcessHandle handle) {
    return handle.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
  }

  /** Reads the port file the runtime writes atomically once it listens. */
  static Optional<String> endpointFrom(Path portFile) {
    try {
      String port = Files.readString(portFile, StandardCharsets.US_ASCII).trim();
      return port.isEmpty() ? Optional.empty() : Optional.of("http://127.0.0.1:" + Integer.parseInt(port));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
