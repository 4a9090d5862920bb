/**
 * How scenario files are read: YAML nodes that remember their line, typed field access that
 * names the file, line and field on every error, and "did you mean" suggestions for typos.
 */
package dev.gauntlet.scenario.internal;
