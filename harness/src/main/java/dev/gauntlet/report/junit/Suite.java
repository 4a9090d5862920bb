package dev.gauntlet.report.junit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code <testsuite>} of a junit.xml document.
 *
 * @param name e.g. {@code gauntlet.slo}
 * @param cases its test cases, in order
 * @param properties what was judged (run id, scenario, provenance), in order; a null value is left out
 * @param output the suite's {@code <system-out>} (e.g. the terminal's table); null for none
 */
public record Suite(String name, List<TestCase> cases, Map<String, Object> properties, String output) {

  public Suite {
    cases = List.copyOf(cases);
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties)); // keeps the order and null values
  }
}
