/**
 * Message classes generated from {@code src/main/proto/streamlit.proto}: the subset of the
 * Streamlit wire protocol Gauntlet speaks, with the wire's field numbers (docs/protocol.md). Everything
 * else a server sends survives as unknown fields.
 */
package dev.gauntlet.protocol.proto;
