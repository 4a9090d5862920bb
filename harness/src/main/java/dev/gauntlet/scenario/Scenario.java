package dev.gauntlet.scenario;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * A scenario file: what to deploy ({@code target}) and, in later issues, what load and chaos to
 * run against it. Sections this issue does not interpret are kept by name only.
 *
 * @param file the scenario file (relative paths inside it resolve against its folder)
 * @param otherSections top-level sections kept opaque for now (e.g. {@code load}), with their lines
 */
public record Scenario(Path file, String name, String description, Target target, Map<String, Integer> otherSections) {

  public Set<String> sectionNames() {
    return otherSections.keySet();
  }
}
