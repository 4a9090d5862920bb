/**
 * The browser session wire protocol Gauntlet speaks (Streamlit's subset, see docs/protocol.md).
 *
 * <p>Generated message classes live in {@code dev.gauntlet.protocol.proto}. Around them:
 * {@code codec} turns frames into messages and back without ever failing on fields it does not
 * know; {@code rerun} builds the {@code rerun_script} messages a client sends; {@code widgets}
 * finds widget ids in rendered elements; {@code cache} resolves {@code ref_hash} messages; and
 * {@code client} is a small session client on the JDK's WebSocket and HttpClient.
 */
package dev.gauntlet.protocol;
