package dev.gauntlet.report.junit;

/**
 * One {@code <testcase>}: passed when {@code outcome} is null, else a {@code <failure>}, an
 * {@code <error>} or a {@code <skipped>} with its message, type and details.
 *
 * @param output what the case measured, in {@code <system-out>} (also shown for a pass)
 */
public record TestCase(String classname, String name, Outcome outcome, String output) {

  /** Why the case did not pass: {@code failure} (a verdict), {@code error} (the harness or the run) or {@code skipped}. */
  public record Outcome(String element, String type, String message, String details) {

    public static Outcome failure(String type, String message, String details) {
      return new Outcome("failure", type, message, details);
    }

    public static Outcome error(String type, String message, String details) {
      return new Outcome("error", type, message, details);
    }

    /** Not judged: the message says why (no type, no details). */
    public static Outcome skipped(String message) {
      return new Outcome("skipped", null, message, null);
    }
  }

  boolean failed() {
    return outcome != null && outcome.element().equals("failure");
  }

  boolean erred() {
    return outcome != null && outcome.element().equals("error");
  }

  boolean skipped() {
    return outcome != null && outcome.element().equals("skipped");
  }
}
