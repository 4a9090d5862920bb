package dev.gauntlet.platform.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OfferTest {

  @Test
  void fullOfferNamesTokenAndLastSession() {
    Offer offer = Offer.parse(List.of("streamlit, tok-1, sess-9"));
    assertThat(offer.offersStreamlit()).isTrue();
    assertThat(offer.token()).isEqualTo("tok-1");
    assertThat(offer.lastSessionId()).contains("sess-9");
    assertThat(offer.upstreamOffer(Optional.of("rt-3"))).containsExactly("streamlit", "tok-1", "rt-3");
  }

  @Test
  void bareOfferGetsThePlaceholderToken() {
    Offer offer = Offer.parse(List.of("streamlit"));
    assertThat(offer.token()).isEqualTo("PLACEHOLDER_AUTH_TOKEN");
    assertThat(offer.lastSessionId()).isEmpty();
    assertThat(offer.upstreamOffer(Optional.empty())).containsExactly("streamlit", "PLACEHOLDER_AUTH_TOKEN");
  }

  @Test
  void severalHeadersAreOneList() {
    Offer offer = Offer.parse(List.of("streamlit", "PLACEHOLDER_AUTH_TOKEN,abc"));
    assertThat(offer.entries()).containsExactly("streamlit", "PLACEHOLDER_AUTH_TOKEN", "abc");
    assertThat(offer.lastSessionId()).contains("abc");
  }

  @Test
  void offerWithoutStreamlitIsNotAccepted() {
    assertThat(Offer.parse(List.of("chat, v2")).offersStreamlit()).isFalse();
    assertThat(Offer.parse(List.of()).offersStreamlit()).isFalse();
  }
}
