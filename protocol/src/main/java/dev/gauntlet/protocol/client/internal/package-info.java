/** The session client's moving parts: the WebSocket listener and the per-run collectors. */
package dev.gauntlet.protocol.client.internal;
