/**
 * The runtime service: one pod hosting one synthetic app described by an {@link
 * dev.gauntlet.platform.runtime.AppSpec}. It speaks the server side of the browser session
 * protocol (docs/protocol.md): health and host-config over HTTP, then one WebSocket per browser tab on
 * {@code /_stcore/stream} carrying BackMsg/ForwardMsg frames. Each {@code rerun_script} becomes a
 * script run whose CPU and wait costs come from the spec; sessions whose socket drops are kept
 * detached for a while so a reconnecting client gets its state back.
 *
 * <p>Threading: every session is touched only on its socket's event loop; the CPU cost of a run
 * runs on a worker pool sized to the cores and its result is handed back to that event loop.
 */
package dev.gauntlet.platform.runtime;
