package dev.gauntlet.simulations.internal;

import dev.gauntlet.protocol.codec.ForwardMsgCodec;
import dev.gauntlet.protocol.codec.FrameDecodeException;
import dev.gauntlet.protocol.proto.ForwardMsg;
import java.time.Instant;

/** Cheap facts about server frames, for Gatling's match conditions and checks. */
public final class Frames {

  private Frames() {}

  /** True for a script_finished that ends a run (not FINISHED_EARLY_FOR_RERUN, which a newer run replaced). */
  public static boolean endsRun(byte[] frame) {
    ForwardMsg msg = decodeOrNull(frame);
    return msg != null && msg.hasScriptFinished()
        && msg.getScriptFinished() != ForwardMsg.ScriptFinishedStatus.FINISHED_EARLY_FOR_RERUN;
  }

  /** The script_finished status number (0 success, 1 compile error, 3 fragment success). */
  public static int finishStatus(byte[] frame) {
    ForwardMsg msg = decodeOrNull(frame);
    return msg == null ? -1 : msg.getScriptFinishedValue();
  }

  /** Now, in epoch microseconds: called by a check the moment the frame is matched. */
  public static long nowMicros() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
  }

  static ForwardMsg decodeOrNull(byte[] frame) {
    try {
      return ForwardMsgCodec.decode(frame);
    } catch (FrameDecodeException e) {
      return null; // a corrupt frame ends nothing; the deadline will tell
    }
  }
}
