/**
 * The local deployment's identity provider: NAV's mock-oauth2-server (a maintained OpenID
 * Connect provider with discovery, JWKS, and the password, client-credentials and refresh
 * grants) started as its own process, with a signing key kept in a file so a restarted
 * provider signs with the same key, a port file, and an owner to follow (docs/identity.md).
 */
package dev.gauntlet.idp;
