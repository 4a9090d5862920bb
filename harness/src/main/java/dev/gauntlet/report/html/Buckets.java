package dev.gauntlet.report.html;

/**
 * A run's time cut into equal buckets (about {@link #TARGET} of them, each a round width), so a
 * chart's size does not grow with the run's sessions.
 *
 * @param startMillis the run's start, epoch ms: bucket 0 begins here
 * @param widthMillis each bucket's width
 * @param count how many buckets cover the run
 */
record Buckets(long startMillis, long widthMillis, int count) {

  static final int TARGET = 60;
  private static final long[] WIDTHS_MILLIS = {100, 200, 250, 500, 1_000, 2_000, 5_000, 10_000, 15_000, 30_000,
      60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000};

  Buckets {
    if (widthMillis <= 0 || count <= 0) {
      throw new IllegalArgumentException("buckets need a positive width and count, got " + widthMillis + " ms x " + count);
    }
  }

  /** The smallest round width that covers {@code [startMillis, endMillis]} in at most {@link #TARGET} buckets. */
  static Buckets sizedTo(long startMillis, long endMillis) {
    long span = Math.max(1, endMillis - startMillis);
    long width = WIDTHS_MILLIS[WIDTHS_MILLIS.length - 1];
    for (long w : WIDTHS_MILLIS) {
      if (span <= w * TARGET) {
        width = w;
        break;
      }
    }
    if (span > width * TARGET) {
      width = (span + TARGET - 1) / TARGET; // longer than a day and a half: no round width left
    }
    return new Buckets(startMillis, width, (int) Math.max(1, (span + width - 1) / width));
  }

  /** The bucket {@code t} falls in; events before the start or after the end go to the first or last. */
  int index(long t) {
    long i = Math.floorDiv(t - startMillis, widthMillis);
    return (int) Math.max(0, Math.min(count - 1, i));
  }

  long startOf(int i) {
    return startMillis + i * widthMillis;
  }

  long endMillis() {
    return startOf(count);
  }

  /** The bucket's middle as an offset from the run's start, where its point is drawn. */
  long midOffsetMillis(int i) {
    return i * widthMillis + widthMillis / 2;
  }
}
