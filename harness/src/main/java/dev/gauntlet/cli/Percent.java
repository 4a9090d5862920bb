package dev.gauntlet.cli;

/** A percentage option as users write it: {@code 10%}, {@code 10 %} or {@code 10}. */
final class Percent {

  private Percent() {}

  /**
   * @param option the option's name, for the message, e.g. {@code --noise-rel}
   * @param example a value to show in the message, e.g. {@code 10%}
   * @throws CliException when the text is not a number with or without a '%'
   */
  static double parse(String option, String text, String example) {
    String trimmed = text.trim();
    String number = trimmed.endsWith("%") ? trimmed.substring(0, trimmed.length() - 1).trim() : trimmed;
    try {
      return Double.parseDouble(number);
    } catch (NumberFormatException e) {
      throw new CliException(option + " '" + text + "' is not a percentage: write e.g. " + option + " " + example);
    }
  }
}
