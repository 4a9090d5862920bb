package dev.gauntlet.protocol.rerun;

import dev.gauntlet.protocol.proto.BackMsg;
import dev.gauntlet.protocol.proto.ClientState;
import dev.gauntlet.protocol.proto.WidgetState;
import dev.gauntlet.protocol.proto.WidgetStates;
import java.util.Collection;
import java.util.List;

/**
 * Factories for {@code rerun_script} BackMsgs. The bytes depend on the encoding chosen in
 * {@link dev.gauntlet.protocol.codec.BackMsgCodec}: the first rerun with an empty query string is
 * {@code 5a 02 12 00} compact, {@code 5a 06 0a 00 12 00 1a 00} in the browser's form.
 */
public final class Reruns {
  private Reruns() {}

  /** The first run of a session: no widget state, no page script hash. */
  public static BackMsg first(String queryString) {
    return rerun(queryString, "", List.of(), null);
  }

  /**
   * A rerun carrying the full widget state.
   *
   * @param pageScriptHash the current page's script hash (from {@code new_session}), or ""
   * @param widgets every widget's current value, not only the one that changed
   * @param debugLastBackmsgId a correlation id the server echoes in field 17, or null for none
   */
  public static BackMsg rerun(String queryString, String pageScriptHash,
      Collection<WidgetState> widgets, String debugLastBackmsgId) {
    ClientState state = ClientState.newBuilder()
        .setQueryString(nullToEmpty(queryString))
        .setWidgetStates(WidgetStates.newBuilder().addAllWidgets(widgets))
        .setPageScriptHash(nullToEmpty(pageScriptHash))
        .build();
    return of(state, debugLastBackmsgId);
  }

  /** A rerun of an arbitrary client state (e.g. with cached message hashes or a fragment id). */
  public static BackMsg of(ClientState state, String debugLastBackmsgId) {
    BackMsg.Builder msg = BackMsg.newBuilder().setRerunScript(state);
    if (debugLastBackmsgId != null && !debugLastBackmsgId.isEmpty()) {
      msg.setDebugLastBackmsgId(debugLastBackmsgId);
    }
    return msg.build();
  }

  /** The same rerun listing the hashes the client holds (newer servers then skip resending them). */
  public static BackMsg withCachedMessageHashes(BackMsg rerun, Collection<String> hashes) {
    ClientState state = rerun.getRerunScript().toBuilder()
        .clearCachedMessageHashes().addAllCachedMessageHashes(hashes).build();
    return rerun.toBuilder().setRerunScript(state).build();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
