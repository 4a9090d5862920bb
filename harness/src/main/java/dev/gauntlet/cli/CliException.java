package dev.gauntlet.cli;

/** A command cannot do what was asked; its message is the one line the user sees (exit 2). */
final class CliException extends RuntimeException {

  CliException(String message) {
    super(message);
  }
}
