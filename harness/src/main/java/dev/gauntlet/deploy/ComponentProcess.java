package dev.gauntlet.deploy;

/**
 * One supervised process of a deployment.
 *
 * @param component e.g. {@code scheduler}, {@code gateway-1}
 * @param pid the current process id (changes on restart)
 * @param port the port it listens on (kept across restarts)
 * @param restarts how many times the supervisor restarted it
 */
public record ComponentProcess(String component, long pid, int port, int restarts) {}
