/**
 * Load generation: the run plan the simulation reads, the pure choices a virtual user makes from
 * it (think times, entry points, widget values, intended arrival times) and the in-process Gatling
 * launcher.
 */
package dev.gauntlet.load;
