package dev.gauntlet.protocol.cache;

import dev.gauntlet.protocol.proto.ForwardMsg;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * hash -> message for cacheable messages, resolving {@code ref_hash} messages. MUTABLE and
 * synchronized: one per session (it must outlive reconnects of that session). Bounded: the least
 * recently used entry is evicted past {@code maxEntries}.
 */
public final class RefHashCache {
  public static final int DEFAULT_MAX_ENTRIES = 512;

  private final Map<String, ForwardMsg> byHash;

  public RefHashCache() {
    this(DEFAULT_MAX_ENTRIES);
  }

  public RefHashCache(int maxEntries) {
    this.byHash = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, ForwardMsg> eldest) {
        return size() > maxEntries;
      }
    };
  }

  /** Remembers the message if it is {@code metadata.cacheable} with a hash; returns whether it did. */
  public synchronized boolean remember(ForwardMsg msg) {
    if (msg.getMetadata().getCacheable() && !msg.getHash().isEmpty() && !msg.hasRefHash()) {
      byHash.put(msg.getHash(), msg);
      return true;
    }
    return false;
  }

  /**
   * The message as the app meant it: a ref_hash becomes the cached original, carrying the
   * reference's metadata (its delta path) and debug id as the browser does; any other message is
   * remembered if cacheable and returned as is. Empty for a ref_hash naming an unknown hash.
   */
  public synchronized Optional<ForwardMsg> resolve(ForwardMsg msg) {
    if (!msg.hasRefHash()) {
      remember(msg);
      return Optional.of(msg);
    }
    ForwardMsg original = byHash.get(msg.getRefHash());
    if (original == null) {
      return Optional.empty();
    }
    return Optional.of(original.toBuilder()
        .setMetadata(msg.getMetadata())
        .setDebugLastBackmsgId(msg.getDebugLastBackmsgId())
        .build());
  }

  public synchronized boolean contains(String hash) {
    return byHash.containsKey(hash);
  }

  /** The hashes held, for {@code ClientState.cached_message_hashes} (newer servers). */
  public synchronized List<String> hashes() {
    return List.copyOf(byHash.keySet());
  }

  public synchronized int size() {
    return byHash.size();
  }
}
