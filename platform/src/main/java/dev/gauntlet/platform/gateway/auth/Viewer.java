package dev.gauntlet.platform.gateway.auth;

/**
 * Who is asking: the token's or the cookie's subject.
 *
 * @param subject the {@code sub} claim (a viewer's user name, or a host application's client id)
 * @param via how they proved it: {@code bearer} or {@code cookie}
 */
public record Viewer(String subject, String via) {}
