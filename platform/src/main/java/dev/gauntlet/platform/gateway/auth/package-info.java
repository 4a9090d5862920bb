/**
 * Who may use the gateway, when it runs with {@code --auth FILE} (docs/identity.md).
 *
 * <p>{@link dev.gauntlet.platform.gateway.auth.Access} decides per request: a bearer token from
 * the OpenID provider ({@link dev.gauntlet.platform.gateway.auth.TokenVerifier}: signature against
 * the provider's JWKS, cached and refetched when a key it does not know turns up; issuer,
 * audience, expiry with a small clock skew), or the gateway's own session cookie
 * ({@link dev.gauntlet.platform.gateway.auth.SessionCookie}, set when an embed URL is opened).
 * {@link dev.gauntlet.platform.gateway.auth.EmbedUrls} mints and redeems single-use embed URLs
 * for host applications that authenticate with client credentials. Without {@code --auth} the
 * gateway is open, as before.
 */
package dev.gauntlet.platform.gateway.auth;
