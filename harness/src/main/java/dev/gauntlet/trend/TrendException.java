package dev.gauntlet.trend;

/** The runs cannot be read or analysed as asked; the message names the input and the fix (exit 2). */
public final class TrendException extends RuntimeException {

  public TrendException(String message) {
    super(message);
  }
}
