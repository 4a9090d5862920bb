package dev.gauntlet.deploy.internal;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Image;
import dev.gauntlet.deploy.DeploymentException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The platform's image, built here since nothing can be pulled: {@code FROM scratch} with a
 * jlink'd Java runtime, the shared libraries it loads, {@code /tmp} and the platform jar. Tagged
 * with the jar's content hash, so it is built once per jar.
 */
public final class PlatformImage {

  static final String REPOSITORY = "gauntlet-platform";
  static final String JAVA = "/opt/java/bin/java";
  static final String JAR = "/opt/gauntlet/gauntlet-platform.jar";

  private PlatformImage() {}

  /** The tag for {@code jar}, building the image first when the engine does not have it. */
  public static String ensure(DockerClient docker, Path jar, Consumer<String> log) {
    String tag = REPOSITORY + ":" + hash(jar);
    try {
      docker.inspectImageCmd(tag).exec();
      return tag;
    } catch (NotFoundException e) {
      // not built yet for this jar
    }
    log.accept("building image " + tag + " (once per platform jar)");
    Path context = null;
    try {
      context = Files.createTempDirectory("gauntlet-image");
      ImageContext.write(context, jar, JAR);
      docker.buildImageCmd(context.toFile()).withTags(Set.of(tag)).withPull(false)
          .exec(new BuildImageResultCallback()).awaitImageId();
      pruneOthers(docker, tag);
      return tag;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lay out the image's files for " + jar, e);
    } catch (RuntimeException e) {
      throw new DeploymentException("docker could not build " + tag + ": " + e.getMessage());
    } finally {
      ImageContext.delete(context);
    }
  }

  /**
   * The first 16 hex digits of a SHA-256 over the jar's entries (names and contents, not their
   * timestamps): a rebuild of the same classes keeps its image.
   */
  static String hash(Path jar) {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        digest.update(e.getName().getBytes(StandardCharsets.UTF_8));
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
          digest.update(buffer, 0, n);
        }
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jar, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Older builds' images go (one per jar adds up); one a container still uses stays, as Docker refuses. */
  private static void pruneOthers(DockerClient docker, String keep) {
    for (Image image : docker.listImagesCmd().withImageNameFilter(REPOSITORY).exec()) {
      if (image.getRepoTags() == null || Arrays.asList(image.getRepoTags()).contains(keep)) {
        continue;
      }
      try {
        docker.removeImageCmd(image.getId()).exec();
      } catch (RuntimeException e) {
        // in use by a running container, or removed meanwhile
      }
    }
  }
}
