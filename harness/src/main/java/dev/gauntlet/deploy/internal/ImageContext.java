package dev.gauntlet.deploy.internal;

import dev.gauntlet.deploy.DeploymentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Lays out a {@link PlatformImage}'s build context: {@code rootfs/} holds {@code /opt/java} (jlink),
 * the libraries {@code ldd} names for {@code bin/java} and {@code libjvm.so} (the loader too) at
 * their own paths, an empty {@code /tmp} and the jar; the Dockerfile copies it onto scratch.
 */
final class ImageContext {

  /** What the platform jar needs (jdeps --print-module-deps), and the logging its libraries use. */
  static final String MODULES = "java.base,java.compiler,java.desktop,java.logging,java.management,java.naming,"
      + "java.net.http,java.security.jgss,java.sql,java.xml,jdk.jfr,jdk.unsupported";
  private static final Pattern LIBRARY = Pattern.compile("(/\\S+) \\(0x");

  private ImageContext() {}

  static void write(Path context, Path jar, String jarInImage) throws IOException {
    Path root = context.resolve("rootfs");
    Path java = root.resolve("opt/java");
    Files.createDirectories(java.getParent());
    run(List.of(jdk().resolve("bin/jlink").toString(), "--add-modules", MODULES, "--strip-debug", "--no-man-pages",
        "--no-header-files", "--generate-cds-archive", "--output", java.toString()));
    for (String lib : libraries(List.of(java.resolve("bin/java"), java.resolve("lib/server/libjvm.so")))) {
      Path target = root.resolve(lib.substring(1));
      Files.createDirectories(target.getParent());
      Files.copy(Path.of(lib), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
    }
    Path tmp = Files.createDirectories(root.resolve("tmp"));
    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxrwxrwx"));
    Path jarTarget = root.resolve(jarInImage.substring(1));
    Files.createDirectories(jarTarget.getParent());
    Files.copy(jar, jarTarget);
    Files.writeString(context.resolve("Dockerfile"), "FROM scratch\nCOPY rootfs/ /\n", StandardCharsets.UTF_8);
  }

  /** The JDK whose jlink makes the runtime: {@code -Dgauntlet.image.jdk}, else Temurin 25, else ours. */
  static Path jdk() {
    String explicit = System.getProperty("gauntlet.image.jdk");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    Path temurin = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    return Files.isExecutable(temurin.resolve("bin/jlink")) ? temurin : Path.of(System.getProperty("java.home"));
  }

  /** The host libraries (resolved, loader included) the binaries link to, outside the runtime itself. */
  static Set<String> libraries(List<Path> binaries) throws IOException {
    Set<String> libs = new LinkedHashSet<>();
    for (Path binary : binaries) {
      Matcher m = LIBRARY.matcher(run(List.of("ldd", binary.toString())));
      while (m.find()) {
        if (!Path.of(m.group(1)).startsWith(binary.getParent().getParent())) {
          libs.add(m.group(1));
        }
      }
    }
    return libs;
  }

  private static String run(List<String> cmd) throws IOException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
        throw new DeploymentException(String.join(" ", cmd) + " failed: " + out.strip());
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new DeploymentException("interrupted while running " + cmd.get(0));
    }
    return out;
  }

  static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      List<Path> paths = new ArrayList<>(all.sorted(Comparator.reverseOrder()).toList());
      for (Path p : paths) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temp dir left behind is only disk
    }
  }
}
