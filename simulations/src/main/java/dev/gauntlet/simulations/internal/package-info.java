/**
 * What the browser simulation keeps to itself: one virtual user's state ({@link
 * dev.gauntlet.simulations.internal.Browser}), frame decoding, and the run's shared outputs.
 */
package dev.gauntlet.simulations.internal;
