package dev.gauntlet.deploy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaperTest {

  static final String PLATFORM_CMD = "/usr/bin/java -Xmx256m -jar /x/platform/target/gauntlet-platform.jar gateway --port 0";

  @TempDir
  Path dir;

  @Test
  void reapsOnlyTheSameProcessCarryingTheMarker() {
    RegistryEntry gateway = new RegistryEntry("gateway-1", 4242, 1_700_000_000_000L, RegistryEntry.PLATFORM_JAR_MARKER);

    assertThat(Reaper.matches(gateway, 1_700_000_000_000L, PLATFORM_CMD)).isTrue();
    assertThat(Reaper.matches(gateway, 1_700_000_000_400L, PLATFORM_CMD)).as("start instant rounding").isTrue();
    assertThat(Reaper.matches(gateway, 1_700_000_090_000L, PLATFORM_CMD)).as("pid reused later").isFalse();
    assertThat(Reaper.matches(gateway, 1_700_000_000_000L, "/usr/bin/vim notes.txt")).as("not a platform").isFalse();
    assertThat(Reaper.matches(gateway, -1, PLATFORM_CMD)).as("start unknown").isFalse();
  }

  @Test
  void podEntriesAcceptEitherPlatformMarker() {
    RegistryEntry pod = new RegistryEntry("pod dash-1", 7, 10_000,
        RegistryEntry.PLATFORM_MAIN_MARKER + "|" + RegistryEntry.PLATFORM_JAR_MARKER);
    assertThat(Reaper.matches(pod, 10_000, "java -cp /x/lib.jar dev.gauntlet.platform.Main runtime")).isTrue();
    assertThat(Reaper.matches(pod, 10_000, "java -jar /x/gauntlet-platform.jar runtime")).isTrue();
    assertThat(Reaper.matches(pod, 10_000, "java -jar other.jar")).isFalse();
  }

  @Test
  void neverKillsThisJvmEvenWhenRegisteredExactly() {
    ProcessHandle me = ProcessHandle.current();
    String myCommandLine = me.info().commandLine().orElse("java");
    RegistryEntry self = new RegistryEntry("gateway-1", me.pid(), RegistryEntry.startInstantMillis(me),
        myCommandLine.substring(0, Math.min(8, myCommandLine.length())));

    assertThat(Reaper.isOurs(self, Optional.of(me))).isFalse();
    assertThat(Reaper.reap(List.of(self))).isEmpty();
    assertThat(me.isAlive()).isTrue();
  }

  @Test
  void registryRoundTripsAndReplacesARestartedComponent() {
    ProcessRegistry registry = new ProcessRegistry(dir.resolve("processes.json"));
    registry.record(new RegistryEntry("scheduler", 10, 1000, "gauntlet-platform"));
    registry.record(new RegistryEntry("gateway-1", 11, 1001, "gauntlet-platform"));
    registry.record(new RegistryEntry("scheduler", 12, 2000, "gauntlet-platform"));

    assertThat(ProcessRegistry.read(dir.resolve("processes.json"))).containsExactly(
        new RegistryEntry("gateway-1", 11, 1001, "gauntlet-platform"),
        new RegistryEntry("scheduler", 12, 2000, "gauntlet-platform"));
    registry.clear();
    assertThat(dir.resolve("processes.json")).doesNotExist();
    assertThat(ProcessRegistry.read(dir.resolve("processes.json"))).isEmpty();
  }

  @Test
  void podFilesBecomeEntriesAndHalfWrittenOnesAreSkipped() throws IOException {
    Files.createDirectories(dir.resolve("pods"));
    Files.writeString(dir.resolve("pods/dash-abc123.json"),
        "{\"id\":\"dash-abc123\",\"app\":\"dash\",\"pid\":321,\"pidStartedAt\":5000,\"endpoint\":\"http://127.0.0.1:1\"}");
    Files.writeString(dir.resolve("pods/dash-def456.json"), "{\"id\":\"dash-de");
    Files.writeString(dir.resolve("pods/dash-abc123.log"), "log line");

    assertThat(PodFiles.read(dir.resolve("pods"))).containsExactly(new RegistryEntry("pod dash-abc123", 321, 5000,
        "dev.gauntlet.platform.Main|gauntlet-platform"));
  }

  @Test
  void aStateDirIsLockedOncePerProcessTree() throws IOException {
    Path lockFile = dir.resolve(".lock");
    try (StateLock lock = StateLock.tryAcquire(lockFile).orElseThrow()) {
      assertThat(StateLock.tryAcquire(lockFile)).isEmpty();
      assertThat(StateLock.holder(lockFile)).get().extracting(RegistryEntry::pid).isEqualTo(ProcessHandle.current().pid());
    }
    assertThat(StateLock.tryAcquire(lockFile)).isPresent().get().satisfies(StateLock::close);
  }
}
