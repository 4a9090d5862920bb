package dev.gauntlet.protocol;

import java.util.Random;

/** Damaged copies of recorded frames, for tests that compare two readers on bad input. */
public final class Damage {

  private Damage() {}

  /** One to three flipped, dropped or inserted bytes, or a cut. */
  public static byte[] of(byte[] original, Random random) {
    byte[] out = original.clone();
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && out.length > 0; e++) {
      int at = random.nextInt(out.length);
      switch (random.nextInt(4)) {
        case 0 -> out[at] = (byte) random.nextInt(256);
        case 1 -> out[at] ^= (byte) (1 << random.nextInt(8));
        case 2 -> out = java.util.Arrays.copyOf(out, at);
        default -> {
          byte[] longer = new byte[out.length + 1];
          System.arraycopy(out, 0, longer, 0, at);
          longer[at] = (byte) random.nextInt(256);
          System.arraycopy(out, at, longer, at + 1, out.length - at);
          out = longer;
        }
      }
    }
    return out;
  }
}
