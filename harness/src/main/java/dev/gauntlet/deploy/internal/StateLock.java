package dev.gauntlet.deploy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One harness per state dir: the running harness holds an OS lock on {@code .lock} (released by
 * the kernel even on SIGKILL) and writes its pid and start instant in it for {@code down}.
 */
public final class StateLock implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final FileChannel channel;
  private final FileLock lock;

  private StateLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock, or empty when another live harness holds it. */
  public static Optional<StateLock> tryAcquire(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException e) {
      lock = null; // held by this very JVM: another deployment on the same state dir
    }
    if (lock == null) {
      channel.close();
      return Optional.empty();
    }
    ProcessHandle me = ProcessHandle.current();
    String owner = "{\"pid\":" + me.pid() + ",\"startedAt\":" + RegistryEntry.startInstantMillis(me) + "}";
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)), 0);
    channel.force(true);
    return Optional.of(new StateLock(channel, lock));
  }

  /** The harness holding the lock, as recorded in the file (read only when the lock is held). */
  public static Optional<RegistryEntry> holder(Path file) {
    try {
      JsonNode owner = JSON.readTree(file.toFile());
      return Optional.of(new RegistryEntry("harness", owner.path("pid").asLong(), owner.path("startedAt").asLong(),
          RegistryEntry.HARNESS_MARKER));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // the kernel drops the lock when the process ends anyway
    }
  }
}
