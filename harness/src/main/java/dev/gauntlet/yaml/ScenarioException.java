package dev.gauntlet.yaml;

import java.nio.file.Path;

/** A scenario or app spec file is wrong: the message names the file, the line, what and the fix. */
public final class ScenarioException extends RuntimeException {

  private final Path file;
  private final int line;

  public ScenarioException(Path file, int line, String what, String fix) {
    super(display(file) + (line > 0 ? " line " + line : "") + ": " + what + "; " + fix);
    this.file = file;
    this.line = line;
  }

  public Path file() {
    return file;
  }

  /** 1-based line, 0 when the problem is the file as a whole. */
  public int line() {
    return line;
  }

  /** The path as the user likely typed it: relative to the working directory when inside it. */
  public static String display(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath();
    return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
  }
}
