package dev.gauntlet.deploy.internal;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.gauntlet.deploy.DeploymentException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.Consumer;

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
      return tag;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lay out the image's files for " + jar, e);
    } catch (RuntimeException e) {
      throw new DeploymentException("docker could not build " + tag + ": " + e.getMessage());
    } finally {
      ImageContext.delete(context);
    }
  }

  /** The first 16 hex digits of the jar's SHA-256. */
  static String hash(Path jar) {
    try (InputStream in = new DigestInputStream(Files.newInputStream(jar), MessageDigest.getInstance("SHA-256"))) {
      MessageDigest digest = ((DigestInputStream) in).getMessageDigest();
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jar, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
