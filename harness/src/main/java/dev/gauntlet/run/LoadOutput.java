package dev.gauntlet.run;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * While the load runs, what the load driver prints on the JVM's stdout and stderr (Gatling's
 * console summary every few seconds, its logback lines) goes to run.log, so the progress line is
 * all the terminal shows; with {@code --verbose} it goes to the terminal too. The harness's own
 * lines are unaffected: they go to the streams it was given at its start. Restored on close.
 * Mutable and JVM-wide (System.out): one run at a time.
 */
final class LoadOutput implements AutoCloseable {

  private final PrintStream out = System.out;
  private final PrintStream err = System.err;

  private LoadOutput(RunLog log, PrintStream terminal) {
    PrintStream redirected = new PrintStream(new OutputStream() {
      @Override
      public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) {
        log.verbatim(bytes, offset, length);
        if (terminal != null) {
          terminal.write(bytes, offset, length);
        }
      }

      @Override
      public void flush() {
        if (terminal != null) {
          terminal.flush();
        }
      }
    }, true, StandardCharsets.UTF_8);
    System.setOut(redirected);
    System.setErr(redirected);
  }

  /** @param terminal where a copy goes ({@code --verbose}), or null for run.log alone */
  static LoadOutput toRunLog(RunLog log, PrintStream terminal) {
    return new LoadOutput(log, terminal);
  }

  @Override
  public void close() {
    System.setOut(out);
    System.setErr(err);
  }
}
