/**
 * A small session client on the JDK's {@code java.net.http} (no Netty): the pre-socket HTTP calls
 * ({@link dev.gauntlet.protocol.client.AppHttp}) and one WebSocket session
 * ({@link dev.gauntlet.protocol.client.SessionClient}) that sends reruns and collects each run:
 * every ForwardMsg up to {@code script_finished} and the trailing not-running status, stamped with
 * {@code System.nanoTime()} on receipt, {@code ref_hash} messages resolved.
 *
 * <p>Routing model: each rerun opens a collector; a message goes to the oldest collector still
 * taking messages. A collector stops taking messages after its {@code script_finished} plus the
 * not-running status, or when any other message arrives after its {@code script_finished} (the
 * next run began). Messages when no run is open are kept as unsolicited.
 */
package dev.gauntlet.protocol.client;
