package dev.gauntlet.platform.runtime;

/**
 * An app spec that cannot be used; the message reads {@code <file> line <n>: <reason>}, or
 * {@code <file>: <reason>} when no line applies (line 0, e.g. the file cannot be read).
 */
public final class AppSpecException extends RuntimeException {

  private final String file;
  private final int line;
  private final String reason;

  public AppSpecException(String file, int line, String reason) {
    super(place(file, line) + ": " + reason);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  /** {@code file line N}, or just the file when {@code line} is 0. */
  public static String place(String file, int line) {
    return line > 0 ? file + " line " + line : file;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public String reason() {
    return reason;
  }
}
