package dev.gauntlet.simulations.internal;

import dev.gauntlet.protocol.codec.ForwardMsgPeek;
import dev.gauntlet.protocol.codec.MessageKind;
import dev.gauntlet.protocol.proto.ForwardMsg;
import java.time.Instant;

/** Cheap facts about server frames, for Gatling's match conditions and checks (read in place, never decoded). */
public final class Frames {

  private Frames() {}

  /** True for a script_finished that ends a run (not FINISHED_EARLY_FOR_RERUN, which a newer run replaced). */
  public static boolean endsRun(byte[] frame) {
    ForwardMsgPeek msg = peekOrNull(frame);
    return msg != null && msg.kind() == MessageKind.SCRIPT_FINISHED
        && msg.scriptFinishedValue() != ForwardMsg.ScriptFinishedStatus.FINISHED_EARLY_FOR_RERUN_VALUE;
  }

  /** The script_finished status number (0 success, 1 compile error, 3 fragment success). */
  public static int finishStatus(byte[] frame) {
    ForwardMsgPeek msg = peekOrNull(frame);
    return msg == null ? -1 : msg.scriptFinishedValue();
  }

  /** Now, in epoch microseconds: called by a check the moment the frame is matched. */
  public static long nowMicros() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
  }

  static ForwardMsgPeek peekOrNull(byte[] frame) {
    return ForwardMsgPeek.read(frame).orElse(null); // a corrupt frame ends nothing; the deadline will tell
  }
}
