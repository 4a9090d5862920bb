package dev.gauntlet.report.html;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Whether a screenshot shows something: the share of pixels that differ from its most common colour
 * (the background), and how many distinct colours (to 4 bits a channel) cover at least 20 pixels each.
 */
public record Screenshot(int width, int height, double nonBackgroundFraction, int distinctColours) {

  /** Below these a page is blank, or a single colour with a few specks. */
  public static final double MIN_NON_BACKGROUND = 0.02;
  public static final int MIN_COLOURS = 6;

  public static Screenshot of(byte[] png) {
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(png));
    } catch (IOException e) {
      throw new UncheckedIOException("the screenshot is not a PNG", e);
    }
    if (image == null) {
      throw new IllegalArgumentException("the screenshot (" + png.length + " bytes) is not an image ImageIO reads");
    }
    int w = image.getWidth();
    int h = image.getHeight();
    int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
    Map<Integer, Integer> exact = new HashMap<>();
    Map<Integer, Integer> coarse = new HashMap<>();
    for (int p : pixels) {
      exact.merge(p & 0xffffff, 1, Integer::sum);
      coarse.merge(p & 0xf0f0f0, 1, Integer::sum);
    }
    int background = exact.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getValue();
    long colours = coarse.values().stream().filter(n -> n >= 20).count();
    return new Screenshot(w, h, 1.0 - (double) background / pixels.length, (int) colours);
  }

  public boolean blank() {
    return nonBackgroundFraction < MIN_NON_BACKGROUND || distinctColours < MIN_COLOURS;
  }
}
