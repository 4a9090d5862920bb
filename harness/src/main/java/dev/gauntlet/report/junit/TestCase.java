package dev.gauntlet.report.junit;

/**
 * One {@code <testcase>}: passed when {@code outcome} is null, else a {@code <failure>} or an
 * {@code <error>} with its message, type and details.
 *
 * @param output what the case measured, in {@code <system-out>} (also shown for a pass)
 */
record TestCase(String classname, String name, Outcome outcome, String output) {

  /** Why the case did not pass: {@code failure} (a verdict) or {@code error} (the harness or the run). */
  record Outcome(String element, String type, String message, String details) {

    static Outcome failure(String type, String message, String details) {
      return new Outcome("failure", type, message, details);
    }

    static Outcome error(String type, String message, String details) {
      return new Outcome("error", type, message, details);
    }
  }

  boolean failed() {
    return outcome != null && outcome.element().equals("failure");
  }

  boolean erred() {
    return outcome != null && outcome.element().equals("error");
  }
}
