package dev.gauntlet.platform.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SessionRegistryTest {

  final List<String> log = new ArrayList<>();
  final SessionRegistry registry = new SessionRegistry(Duration.ofSeconds(120), 2, log::add);
  final RuntimeMetrics metrics = new RuntimeMetrics(() -> 0, () -> 0);
  int created;

  Supplier<Session> fresh() {
    return () -> new Session("s" + ++created, 1024, metrics);
  }

  @Test
  void aDetachedSessionIsReattachedByItsId() {
    Session s = registry.attach(null, fresh()).session();
    assertThat(registry.detach(s, null)).isTrue();
    assertThat(registry.detachedCount()).isEqualTo(1);
    SessionRegistry.Attachment again = registry.attach(s.id(), fresh());
    assertThat(again.session()).isSameAs(s);
    assertThat(again.resumed()).isTrue();
    assertThat(registry.attachedCount()).isEqualTo(1);
    assertThat(registry.detachedCount()).isZero();
  }

  @Test
  void anUnknownIdGetsAFreshSession() {
    SessionRegistry.Attachment a = registry.attach("gone", fresh());
    assertThat(a.resumed()).isFalse();
    assertThat(a.session().id()).isEqualTo("s1");
  }

  @Test
  void theOldestDetachedIsEvictedBeyondTheCap() {
    List<Session> sessions = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      sessions.add(registry.attach(null, fresh()).session());
    }
    sessions.forEach(s -> registry.detach(s, null));
    assertThat(registry.detachedCount()).isEqualTo(2);
    assertThat(registry.attach("s1", fresh()).resumed()).isFalse();
    assertThat(registry.attach("s3", fresh()).resumed()).isTrue();
    assertThat(log).anyMatch(l -> l.contains("s1 evicted"));
  }

  @Test
  void detachedSessionsExpireAfterTheTtl() {
    Session s = registry.attach(null, fresh()).session();
    registry.detach(s, null);
    assertThat(registry.expire(s.detachedAtMillis() + 119_000)).isZero();
    assertThat(registry.expire(s.detachedAtMillis() + 120_000)).isEqualTo(1);
    assertThat(registry.attach(s.id(), fresh()).resumed()).isFalse();
  }

  @Test
  void anAttachedSessionOfferedAgainIsTakenOverAndTheOldSocketsCloseIsIgnored() {
    Session s = registry.attach(null, fresh()).session();
    SessionRegistry.Attachment a = registry.attach(s.id(), fresh());
    assertThat(a.takenOver()).isSameAs(s);
    assertThat(registry.detach(s, "the old socket")).isFalse();
    assertThat(registry.attachedCount()).isEqualTo(1);
  }
}
