package dev.gauntlet.run;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.function.Consumer;

/** The run's {@code run.log}: every harness line with its instant; the same line to the terminal. */
final class RunLog implements Consumer<String>, AutoCloseable {

  private final PrintStream file;
  private final PrintStream terminal;

  RunLog(Path file, PrintStream terminal) {
    try {
      this.file = new PrintStream(Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
          true, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + file, e);
    }
    this.terminal = terminal;
  }

  @Override
  public synchronized void accept(String line) {
    file.println(Instant.now() + " " + line);
    terminal.println("gauntlet: " + line);
    terminal.flush();
  }

  /** Bytes as they come, into run.log only (a load driver's own output, see {@link LoadOutput}). */
  void verbatim(byte[] bytes, int offset, int length) {
    file.write(bytes, offset, length);
  }

  @Override
  public synchronized void close() {
    file.close();
  }
}
