package dev.gauntlet.protocol.codec;

import dev.gauntlet.protocol.proto.ForwardMsg;

/**
 * What a ForwardMsg is, by which oneof case is set. {@code script_finished} success is the proto3
 * default 0, so its value cannot tell "finished" from "absent": the case can.
 */
public enum MessageKind {
  NEW_SESSION,
  DELTA,
  SCRIPT_FINISHED,
  SESSION_STATUS_CHANGED,
  SESSION_EVENT,
  REF_HASH,
  PAGE_INFO_CHANGED,
  PAGE_CONFIG_CHANGED,
  PAGES_CHANGED,
  AUTO_RERUN,
  NAVIGATION,
  /** No type we know is set: a newer server's message type, kept in the unknown fields. */
  UNKNOWN;

  /** Classifies a message by its oneof case. */
  public static MessageKind of(ForwardMsg msg) {
    switch (msg.getTypeCase()) {
      case NEW_SESSION: return NEW_SESSION;
      case DELTA: return DELTA;
      case SCRIPT_FINISHED: return SCRIPT_FINISHED;
      case SESSION_STATUS_CHANGED: return SESSION_STATUS_CHANGED;
      case SESSION_EVENT: return SESSION_EVENT;
      case REF_HASH: return REF_HASH;
      case PAGE_INFO_CHANGED: return PAGE_INFO_CHANGED;
      case PAGE_CONFIG_CHANGED: return PAGE_CONFIG_CHANGED;
      case PAGES_CHANGED: return PAGES_CHANGED;
      case AUTO_RERUN: return AUTO_RERUN;
      case NAVIGATION: return NAVIGATION;
      default: return UNKNOWN;
    }
  }
}
