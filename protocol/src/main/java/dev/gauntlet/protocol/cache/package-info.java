/**
 * The client's cache of large messages. Servers (Streamlit 1.3x to about 1.44) mark messages of
 * 10 KB or more {@code metadata.cacheable} with a {@code hash}, then send later copies as a small
 * {@code ref_hash} naming it; {@link dev.gauntlet.protocol.cache.RefHashCache} turns those back
 * into the original message.
 */
package dev.gauntlet.protocol.cache;
