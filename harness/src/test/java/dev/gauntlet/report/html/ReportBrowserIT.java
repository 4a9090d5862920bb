package dev.gauntlet.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.report.RunReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports of the recorded runs (with SLO verdicts added) in headless Chromium: no console error,
 * no request beyond the file, every chart drawn, a screenshot that is not blank. Screenshots go to
 * target/report-screenshots/. A real run's report is checked the same way by the simulations module's GateIT.
 */
class ReportBrowserIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final Path SCREENSHOTS = Path.of("target", "report-screenshots").toAbsolutePath();

  private static Chromium chromium;

  @TempDir
  Path dir;

  @BeforeAll
  static void startChromium() {
    chromium = Chromium.start(Chromium.requireOrSkip(), TIMEOUT);
  }

  @AfterAll
  static void stopChromium() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void theChaosRunsReportDrawsEveryChartWithNoErrorsAndNoRequests() throws IOException {
    ReportFixtures.write(ReportFixtures.Run.CHAOS, dir);

    PageCheck page = check(dir.resolve(RunReports.HTML), "chaos");

    assertThat(page.charts()).extracting(PageCheck.Chart::id).containsExactly("chart-ttfr", "chart-rerun",
        "chart-active", "chart-pods", "chart-failover", "chart-cold-warm");
    assertThat(page.noData()).isEmpty();
  }

  @Test
  void theSmokeRunsReportShowsNoDataForPodsAndDrawsTheRest() throws IOException {
    ReportFixtures.write(ReportFixtures.Run.SMOKE, dir);

    PageCheck page = check(dir.resolve(RunReports.HTML), "smoke");

    assertThat(page.noData()).containsExactly("chart-pods");
    assertThat(page.charts()).hasSize(5);
  }

  private static PageCheck check(Path html, String name) throws IOException {
    PageCheck page = PageCheck.of(chromium, html, TIMEOUT);
    Files.createDirectories(SCREENSHOTS);
    Path png = SCREENSHOTS.resolve(name + ".png");
    Files.write(png, page.png());
    Screenshot shot = Screenshot.of(page.png());
    System.out.printf("report screenshot: %s (%dx%d px, %.1f%% non-background, %d colours; %d charts drawn)%n", png,
        shot.width(), shot.height(), 100 * shot.nonBackgroundFraction(), shot.distinctColours(), page.charts().size());

    assertThat(page.problems()).as("console errors, exceptions and log errors").isEmpty();
    assertThat(page.requests()).as("requests besides the page itself").isEmpty();
    assertThat(page.charts()).allSatisfy(c -> assertThat(c.drawn()).as(c.toString()).isTrue());
    assertThat(shot.blank()).as(shot + " for " + png).isFalse();
    return page;
  }
}
