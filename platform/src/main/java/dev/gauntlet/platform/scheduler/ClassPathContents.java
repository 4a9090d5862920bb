package dev.gauntlet.platform.scheduler;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A class path by what it holds, not by when it was built: two builds of the same source digest
 * alike. A jar counts by its entries' names, sizes and CRCs (its central directory: nothing is
 * inflated), a folder by its files' paths and bytes. Also makes the copies pods run from: the JVM
 * refuses a class-data archive whose jars' modification times changed, and every build rewrites
 * them, so an archive is only reusable against jars that stay put.
 */
final class ClassPathContents {

  private ClassPathContents() {}

  /** A hex digest of {@code parts} and of every class path entry's contents. */
  static String digest(String classPath, String... parts) {
    MessageDigest d = sha256();
    for (String part : parts) {
      update(d, part);
    }
    for (String entry : classPath.split(File.pathSeparator)) {
      Path p = Path.of(entry);
      update(d, entry.endsWith(".jar") ? "jar" : p.getFileName() == null ? entry : p.getFileName().toString());
      if (Files.isRegularFile(p)) {
        jar(d, p);
      } else if (Files.isDirectory(p)) {
        folder(d, p);
      }
    }
    return HexFormat.of().formatHex(d.digest(), 0, 8);
  }

  /** Whether every entry is a jar that exists: only such a class path can be copied. */
  static boolean allJars(String classPath) {
    return Stream.of(classPath.split(File.pathSeparator)).allMatch(e -> e.endsWith(".jar") && Files.isRegularFile(Path.of(e)));
  }

  /** The copies' paths: {@code stem.jar}, or {@code stem-I.jar} for a class path of several jars. */
  static List<Path> copyPaths(String classPath, Path stem) {
    String[] entries = classPath.split(File.pathSeparator);
    List<Path> copies = new ArrayList<>();
    for (int i = 0; i < entries.length; i++) {
      copies.add(stem.resolveSibling(stem.getFileName() + (entries.length == 1 ? "" : "-" + i) + ".jar"));
    }
    return copies;
  }

  /**
   * Copies each jar to its path unless a copy is there already. A copy appears whole and never
   * replaces another (a link from a private temp file), so an archive made against it stays valid.
   */
  static void copy(String classPath, List<Path> copies) throws IOException {
    String[] entries = classPath.split(File.pathSeparator);
    for (int i = 0; i < copies.size(); i++) { // none for a class path that cannot be copied
      Path target = copies.get(i);
      if (Files.isRegularFile(target)) {
        continue;
      }
      Path tmp = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
      Files.copy(Path.of(entries[i]), tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      try {
        Files.createLink(target, tmp);
      } catch (FileAlreadyExistsException e) {
        // another scheduler copied it first: theirs is the one
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
  }

  private static void jar(MessageDigest d, Path jar) {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        update(d, e.getName() + ' ' + e.getSize() + ' ' + e.getCrc());
      }
    } catch (IOException e) {
      update(d, "unreadable " + Files.exists(jar)); // not a zip: it cannot feed an archive either
    }
  }

  private static void folder(MessageDigest d, Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        update(d, folder.relativize(f).toString());
        d.update(Files.readAllBytes(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read class path folder " + folder, e);
    }
  }

  private static void update(MessageDigest d, String text) {
    d.update(text.getBytes(StandardCharsets.UTF_8));
    d.update((byte) '\n');
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
