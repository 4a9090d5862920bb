package dev.gauntlet.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A run's time is cut into at most 60 buckets of a round width, whatever its length. */
class BucketsTest {

  @Test
  void aTwoMinuteRunGetsSixtyBucketsOfTwoSeconds() {
    Buckets b = Buckets.sizedTo(1_000_000, 1_120_000);

    assertThat(b).isEqualTo(new Buckets(1_000_000, 2_000, 60));
  }

  @Test
  void aFortyFiveSecondRunGetsOneSecondBuckets() {
    assertThat(Buckets.sizedTo(0, 45_000)).isEqualTo(new Buckets(0, 1_000, 45));
  }

  @Test
  void anHourLongRunGetsMinuteBucketsAndAFewMoreSecondsOneMore() {
    assertThat(Buckets.sizedTo(0, 3_600_000)).isEqualTo(new Buckets(0, 60_000, 60));
    assertThat(Buckets.sizedTo(0, 3_600_001)).isEqualTo(new Buckets(0, 120_000, 31));
  }

  @Test
  void aRunLongerThanTheRoundWidthsStillGetsAtMostSixtyBuckets() {
    Buckets b = Buckets.sizedTo(0, 7 * 24 * 3_600_000L);

    assertThat(b.count()).isLessThanOrEqualTo(Buckets.TARGET);
    assertThat(b.endMillis()).isGreaterThanOrEqualTo(7 * 24 * 3_600_000L);
  }

  @Test
  void anEmptyRunGetsOneBucket() {
    assertThat(Buckets.sizedTo(5_000, 5_000)).isEqualTo(new Buckets(5_000, 100, 1));
  }

  @Test
  void eventsOutsideTheRunGoToTheFirstOrLastBucket() {
    Buckets b = new Buckets(10_000, 1_000, 5);

    assertThat(b.index(9_000)).isZero();
    assertThat(b.index(10_999)).isZero();
    assertThat(b.index(11_000)).isEqualTo(1);
    assertThat(b.index(99_000)).isEqualTo(4);
    assertThat(b.midOffsetMillis(2)).isEqualTo(2_500);
  }
}
