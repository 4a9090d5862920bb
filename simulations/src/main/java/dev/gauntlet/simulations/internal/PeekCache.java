package dev.gauntlet.simulations.internal;

import dev.gauntlet.protocol.codec.ForwardMsgPeek;
import dev.gauntlet.protocol.codec.MessageKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * RefHashCache's rule (remember cacheable messages by hash, resolve a ref_hash to the original)
 * over frames read in place, so a user keeps a few small facts instead of decoded messages.
 * MUTABLE: one per virtual user, used only from that user's actions. Bounded, least recently used out.
 */
final class PeekCache {

  private final Map<String, ForwardMsgPeek> byHash;

  PeekCache(int maxEntries) {
    this.byHash = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, ForwardMsgPeek> eldest) {
        return size() > maxEntries;
      }
    };
  }

  /** The frame as the app meant it: a ref_hash becomes the remembered original (empty if unknown). */
  Optional<ForwardMsgPeek> resolve(ForwardMsgPeek msg) {
    if (msg.kind() != MessageKind.REF_HASH) {
      if (msg.cacheable() && !msg.hash().isEmpty()) {
        byHash.put(msg.hash(), msg);
      }
      return Optional.of(msg);
    }
    return Optional.ofNullable(byHash.get(msg.refHash()));
  }
}
