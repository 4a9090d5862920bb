package dev.gauntlet.protocol.codec;

/**
 * How a BackMsg is laid out in bytes. Both forms decode to the same message; servers accept both.
 */
public enum BackMsgEncoding {
  /**
   * protobuf-java's canonical form: empty proto3 strings are left out, so the first rerun with an
   * empty query string is {@code 5a 02 12 00} (docs/protocol.md).
   */
  COMPACT,
  /**
   * The browser's form (protobufjs): a rerun's {@code query_string} and {@code page_script_hash}
   * are always written, even empty, so the first rerun is {@code 5a 06 0a 00 12 00 1a 00} as in
   * the recorded Streamlit 1.39 transcripts.
   */
  BROWSER
}
