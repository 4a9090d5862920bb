package dev.gauntlet.protocol.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.protocol.Transcript;
import dev.gauntlet.protocol.codec.MessageKind;
import dev.gauntlet.protocol.proto.ForwardMsg;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefHashCacheTest {
  private final Transcript cached = Transcript.load(Transcript.CACHED);

  @Test
  void theRecordedRefHashResolvesToTheLargeMarkdownOfTheFirstRun() {
    RefHashCache cache = new RefHashCache();
    cached.serverRun(0).forEach(cache::resolve);
    assertThat(cache.size()).isEqualTo(1);

    ForwardMsg ref = cached.serverRun(1).get(2);
    assertThat(MessageKind.of(ref)).isEqualTo(MessageKind.REF_HASH);
    ForwardMsg original = cached.serverRun(0).get(2);
    assertThat(ref.getRefHash()).isEqualTo(original.getHash());

    ForwardMsg resolved = cache.resolve(ref).orElseThrow();
    assertThat(MessageKind.of(resolved)).isEqualTo(MessageKind.DELTA);
    assertThat(resolved.getDelta().getNewElement().getMarkdown().getBody()).hasSize(20_000).matches("x+");
    assertThat(resolved.getMetadata()).isEqualTo(ref.getMetadata()); // the reference's delta path
    assertThat(resolved.getMetadata().getDeltaPathList()).containsExactly(0, 0);
  }

  @Test
  void anUnknownHashDoesNotResolve() {
    ForwardMsg ref = cached.serverRun(1).get(2);
    assertThat(new RefHashCache().resolve(ref)).isEmpty();
  }

  @Test
  void onlyCacheableMessagesWithAHashAreRemembered() {
    RefHashCache cache = new RefHashCache();
    List<ForwardMsg> run = cached.serverRun(0);
    assertThat(run.stream().filter(cache::remember).count()).isEqualTo(1);
    assertThat(cache.hashes()).containsExactly(run.get(2).getHash());
    ForwardMsg plain = run.get(3);
    assertThat(cache.resolve(plain)).contains(plain);
  }

  @Test
  void evictsTheLeastRecentlyUsedPastItsBound() {
    RefHashCache cache = new RefHashCache(2);
    for (String hash : List.of("a", "b", "c")) {
      cache.remember(ForwardMsg.newBuilder().setHash(hash)
          .setMetadata(dev.gauntlet.protocol.proto.ForwardMsgMetadata.newBuilder().setCacheable(true)).build());
    }
    assertThat(cache.hashes()).containsExactly("b", "c");
  }
}
