package dev.gauntlet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files under src/test/resources, by their path there (e.g. {@code report/chaos/journal.jsonl}). */
public final class TestResources {

  private TestResources() {}

  public static Path path(String name) {
    URL url = TestResources.class.getResource("/" + name);
    if (url == null) {
      throw new IllegalStateException("no test resource " + name + " (under src/test/resources)");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String text(String name) {
    try {
      return Files.readString(path(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
