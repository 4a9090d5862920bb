/**
 * Reading the YAML files users write (scenarios, app pools, objectives, experiments) with errors
 * that point at the input: {@link dev.gauntlet.yaml.ScenarioException} names the file, the line
 * and the fix; {@link dev.gauntlet.yaml.Fields} checks known keys with a "did you mean".
 */
package dev.gauntlet.yaml;
