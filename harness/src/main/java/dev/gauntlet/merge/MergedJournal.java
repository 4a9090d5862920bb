package dev.gauntlet.merge;

import dev.gauntlet.measure.Journal;
import dev.gauntlet.measure.JournalContents;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.JournalReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reading journals into {@link Entry}s and writing a merged one, in time order, atomically. */
final class MergedJournal {

  private MergedJournal() {}

  /** The events of {@code file} as entries of {@code source}, each tagged with the worker its line names, or {@code worker}. */
  static List<Entry> read(Path file, int source, int worker, List<String> warnings) {
    if (!Files.isRegularFile(file)) {
      warnings.add(file + " is missing: that worker measured nothing that reached its directory");
      return List.of();
    }
    JournalContents contents = JournalReader.read(file);
    warnings.addAll(contents.warnings());
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < contents.events().size(); i++) {
      int own = contents.workers().get(i);
      entries.add(new Entry(contents.events().get(i), own != 0 ? own : worker, source, i));
    }
    return entries;
  }

  /**
   * What the sources measured (their own run_started, run_ended and progress left out), together; when two
   * sources numbered some virtual user alike (runs that were not shards of one plan), every source's users
   * renumbered as shards, with {@code warning} added to the warnings.
   */
  static List<Entry> measured(List<List<Entry>> sources, String warning, List<String> warnings) {
    List<List<Entry>> measured = sources.stream()
        .map(source -> source.stream().filter(e -> isMeasured(e.event())).toList()).toList();
    boolean renumber = vusCollide(measured);
    if (renumber) {
      warnings.add(warning);
    }
    List<Entry> all = new ArrayList<>();
    for (List<Entry> source : measured) {
      for (Entry e : source) {
        all.add(renumber ? new Entry(renumbered(e.event(), e.source(), sources.size()), e.worker(), e.source(), e.line())
            : e);
      }
    }
    return all;
  }

  /** What a worker or shard measured, as opposed to its own bookkeeping (its run_started, run_ended, progress). */
  static boolean isMeasured(JournalEvent e) {
    return !(e instanceof JournalEvent.RunStarted || e instanceof JournalEvent.RunEnded
        || e instanceof JournalEvent.Progress);
  }

  /** True when two sources numbered some virtual user the same (runs that were not shards of one plan). */
  static boolean vusCollide(List<List<Entry>> sources) {
    Set<Long> seen = new HashSet<>();
    for (List<Entry> source : sources) {
      Set<Long> own = new HashSet<>();
      source.forEach(e -> {
        if (e.event() instanceof JournalEvent.VuEvent v) {
          own.add(v.vu());
        }
      });
      for (Long vu : own) {
        if (!seen.add(vu)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The event with its virtual user renumbered as user {@code vu} of shard {@code source} of {@code count}
   * would be ({@code (vu - 1) * count + source}), so runs that numbered users alike stay apart. Written from
   * its fields, it reads back as the same type.
   */
  static JournalEvent renumbered(JournalEvent event, int source, int count) {
    if (!(event instanceof JournalEvent.VuEvent v)) {
      return event;
    }
    java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>(event.fields());
    fields.put("vu", (v.vu() - 1) * count + source);
    return new JournalEvent.Other(event.t(), event.type(), fields);
  }

  /** Sorts the entries ({@link Entry#compare}) and writes them to {@code file}, replacing it at once. */
  static void write(List<Entry> entries, Path file) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Entry::compare);
    Path tmp = file.resolveSibling(file.getFileName() + ".merging");
    try {
      Files.deleteIfExists(tmp);
      try (Journal out = Journal.append(tmp)) {
        sorted.forEach(e -> out.write(e.event(), e.worker()));
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the merged journal " + file, e);
    }
  }
}
