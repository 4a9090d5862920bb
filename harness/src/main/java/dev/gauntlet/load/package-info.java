/**
 * Load generation: the run plan the simulation reads, the pure choices a virtual user makes from
 * it (think times, entry points, widget values, intended arrival times), the in-process Gatling
 * launcher, and the words for a target that refuses sessions (the preflight, its probes).
 */
package dev.gauntlet.load;
