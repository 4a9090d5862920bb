/** What the Gatling launcher keeps to itself: Gatling's settings with every call home turned off. */
package dev.gauntlet.load.internal;
