package dev.gauntlet.platform.runtime;

/** An app spec that cannot be used; the message reads {@code <file> line <n>: <reason>}. */
public final class AppSpecException extends RuntimeException {

  private final String file;
  private final int line;
  private final String reason;

  public AppSpecException(String file, int line, String reason) {
    super(file + " line " + line + ": " + reason);
    this.file = file;
    this.line = line;
    this.reason = reason;
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
