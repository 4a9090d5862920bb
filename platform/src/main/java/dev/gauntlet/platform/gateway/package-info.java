/**
 * The gateway: the platform's front door for browser sessions.
 *
 * <p>{@link dev.gauntlet.platform.gateway.GatewayServer} serves {@code /apps/{app}/...}: the page,
 * health and host-config over HTTP, and the session socket {@code _stcore/stream}, which it
 * accepts at once and hands to a {@link dev.gauntlet.platform.gateway.ProxiedSession}. A session
 * asks the scheduler ({@link dev.gauntlet.platform.gateway.SchedulerClient}) where to run, opens
 * an {@link dev.gauntlet.platform.gateway.Upstream} socket to that runtime pod and relays binary
 * frames both ways as the bytes that came in ({@link dev.gauntlet.platform.gateway.FrameRelay},
 * first in each socket's pipeline; everything else goes through Vert.x). When the pod dies
 * (socket closed, or no pong within {@code --upstream-timeout}) the session is placed again and
 * the client's last
 * {@code rerun_script} is replayed, so the browser sees a pause and a fresh render on the same
 * socket instead of an error. The scheduler is only on the path while a session is being placed:
 * established sessions keep flowing while it is down.
 */
package dev.gauntlet.platform.gateway;
