package dev.gauntlet.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.report.RunReports;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages of the recorded runs: the text outline (headings, verdicts, every table row, "no data"
 * panels) is exactly the golden one, every time chart marks both faults, and nothing is fetched.
 */
class HtmlReportGoldenTest {

  private static final Pattern SVG = Pattern.compile("<svg class=\"chart\" id=\"([^\"]+)\".*?</svg>", Pattern.DOTALL);

  @TempDir
  Path dir;

  @Test
  void theChaosRunsPageHasTheGoldenOutline() throws IOException {
    assertThat(outline(ReportFixtures.Run.CHAOS)).isEqualTo(golden("chaos-outline.txt"));
  }

  @Test
  void theSmokeRunsPageHasTheGoldenOutlineWithNoDataForPodsAndColdWarm() throws IOException {
    assertThat(outline(ReportFixtures.Run.SMOKE)).isEqualTo(golden("smoke-outline.txt"));
  }

  @Test
  void everyTimeChartOfTheChaosRunMarksBothFaultsAndDrawsSomething() throws IOException {
    String page = page(ReportFixtures.Run.CHAOS);

    Matcher svg = SVG.matcher(page);
    List<String> ids = new java.util.ArrayList<>();
    while (svg.find()) {
      ids.add(svg.group(1));
      String chart = svg.group();
      assertThat(chart).contains("class=\"mark\"");
      if (!svg.group(1).equals(DistributionChart.ID)) {
        assertThat(count(chart, "class=\"fault-label\"")).as(svg.group(1)).isEqualTo(2);
        assertThat(chart).contains(">pod-kill dash-01</text>", ">gateway-kill http://127.0.0.1:41002</text>");
        assertThat(count(chart, "class=\"recovery\"")).as(svg.group(1)).isEqualTo(2);
      }
    }
    assertThat(ids).containsExactly("chart-ttfr", "chart-rerun", "chart-active", "chart-pods", "chart-failover",
        "chart-cold-warm");
  }

  @Test
  void thePageNamesNoExternalResource() throws IOException {
    for (ReportFixtures.Run run : ReportFixtures.Run.values()) {
      String page = page(run);

      assertThat(page).doesNotContainPattern("\\s(src|href|xlink:href|action|srcset)\\s*=")
          .doesNotContain("url(", "@import", "<script", "<link", "<iframe", "<img")
          .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
    }
  }

  private String page(ReportFixtures.Run run) throws IOException {
    Path runDir = dir.resolve(run.name().toLowerCase());
    ReportFixtures.write(run, runDir);
    return Files.readString(runDir.resolve(RunReports.HTML));
  }

  private List<String> outline(ReportFixtures.Run run) throws IOException {
    List<String> lines = Outline.of(page(run));
    Path actual = Path.of("target", "html-outline-" + run.name().toLowerCase() + ".txt");
    Files.createDirectories(actual.getParent());
    Files.write(actual, lines); // to diff against the golden file when it changes on purpose
    return lines;
  }

  private static List<String> golden(String name) throws IOException {
    try (InputStream in = HtmlReportGoldenTest.class.getResourceAsStream("/html/" + name)) {
      return in == null ? List.of("(missing golden file html/" + name + ")")
          : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().lines().toList();
    }
  }

  private static int count(String text, String needle) {
    return text.split(Pattern.quote(needle), -1).length - 1;
  }
}
