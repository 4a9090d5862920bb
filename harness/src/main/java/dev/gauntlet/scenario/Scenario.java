package dev.gauntlet.scenario;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A scenario file: what to deploy ({@code target}), what load to drive ({@code load}) and the
 * deadlines that judge it. Sections not interpreted yet (e.g. {@code chaos}) are kept by name.
 *
 * @param file the scenario file (relative paths inside it resolve against its folder)
 * @param load the load section, or null when the file has none (enough for {@code up})
 * @param otherSections top-level sections kept opaque for now, with their lines
 */
public record Scenario(Path file, String name, String description, Target target, Load load, Deadlines deadlines,
    Map<String, Integer> otherSections) {

  public Set<String> sectionNames() {
    return otherSections.keySet();
  }

  public Optional<Load> loadSection() {
    return Optional.ofNullable(load);
  }
}
