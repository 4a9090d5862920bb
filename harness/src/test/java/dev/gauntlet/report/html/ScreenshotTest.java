package dev.gauntlet.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The blank check on made-up images: one colour is blank, a few specks are blank, a drawn page is not. */
class ScreenshotTest {

  @Test
  void aSingleColourImageIsBlank() throws IOException {
    Screenshot shot = Screenshot.of(png(image(Color.WHITE)));

    assertThat(shot.nonBackgroundFraction()).isZero();
    assertThat(shot.blank()).isTrue();
  }

  @Test
  void aWhiteImageWithAFewSpecksIsStillBlank() throws IOException {
    BufferedImage image = image(Color.WHITE);
    for (int i = 0; i < 10; i++) {
      image.setRGB(i * 7, i * 3, Color.HSBtoRGB(i / 10f, 1, 1));
    }

    assertThat(Screenshot.of(png(image)).blank()).isTrue();
  }

  @Test
  void anImageWithStripesOfSeveralColoursIsNotBlank() throws IOException {
    BufferedImage image = image(Color.WHITE);
    Graphics2D g = image.createGraphics();
    for (int i = 0; i < 8; i++) {
      g.setColor(Color.getHSBColor(i / 8f, 0.8f, 0.8f));
      g.fillRect(10, 10 + i * 10, 150, 5);
    }
    g.dispose();

    Screenshot shot = Screenshot.of(png(image));

    assertThat(shot.distinctColours()).isGreaterThanOrEqualTo(Screenshot.MIN_COLOURS);
    assertThat(shot.blank()).isFalse();
  }

  private static BufferedImage image(Color background) {
    BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(background);
    g.fillRect(0, 0, 200, 100);
    g.dispose();
    return image;
  }

  private static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
