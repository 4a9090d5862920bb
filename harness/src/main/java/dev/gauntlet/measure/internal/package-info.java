/** The journal's line codec, which only {@code measure}'s reader uses. */
package dev.gauntlet.measure.internal;
