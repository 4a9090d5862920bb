package dev.gauntlet.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ArrivalsTest {

  @Test
  void aConstantRateSpacesArrivalsEvenly() {
    assertThat(Arrivals.intendedOffsetMillis(1, 10, 0)).isCloseTo(100, within(0.001));
    assertThat(Arrivals.intendedOffsetMillis(50, 10, 0)).isCloseTo(5000, within(0.001));
  }

  @Test
  void aRampFrom0ArrivesQuadraticallyThenHolds() {
    // ramp 0 -> 10/s over 10 s: 50 arrivals in the ramp, the 50th at 10 s
    assertThat(Arrivals.intendedOffsetMillis(50, 10, 10_000)).isCloseTo(10_000, within(0.01));
    assertThat(Arrivals.intendedOffsetMillis(2, 10, 10_000)).isCloseTo(2000, within(0.01));
    assertThat(Arrivals.intendedOffsetMillis(60, 10, 10_000)).isCloseTo(11_000, within(0.01));
  }
}
