/** The capacity capability's own helpers: reading the {@code capacity:} section. */
package dev.gauntlet.capacity.internal;
