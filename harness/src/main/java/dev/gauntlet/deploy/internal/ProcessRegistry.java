package dev.gauntlet.deploy.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code processes.json}: every process started, rewritten atomically on each start so a harness
 * killed at any moment leaves a list the next run can reap. Mutable and thread-safe.
 */
public final class ProcessRegistry {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final List<RegistryEntry> entries = new ArrayList<>();

  public ProcessRegistry(Path file) {
    this.file = file;
  }

  /** Reads what a file holds; a missing or unreadable file holds nothing. */
  public static List<RegistryEntry> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      return JSON.readValue(file.toFile(), new TypeReference<List<RegistryEntry>>() {});
    } catch (IOException e) {
      return List.of();
    }
  }

  public synchronized void record(RegistryEntry entry) {
    entries.removeIf(e -> e.component().equals(entry.component()));
    entries.add(entry);
    save();
  }

  public synchronized List<RegistryEntry> entries() {
    return List.copyOf(entries);
  }

  public synchronized void clear() {
    entries.clear();
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + file, e);
    }
  }

  private void save() {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.createDirectories(file.getParent());
      JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), entries);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
