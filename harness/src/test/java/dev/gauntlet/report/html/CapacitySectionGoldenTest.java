package dev.gauntlet.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.analysis.Capacity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import dev.gauntlet.report.RunReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The capacity section of the golden search (src/test/resources/capacity/capacity.json): its text
 * outline is the golden one, the throughput chart draws the measured steps, the USL fit and the
 * knee, and each step's dot is coloured by its verdict.
 */
class CapacitySectionGoldenTest {

  static final Path CAPACITY = Path.of("src/test/resources/capacity/capacity.json");
  static final Path GOLDEN = Path.of("src/test/resources/html/capacity-outline.txt");

  @Test
  void theSectionHasTheGoldenOutline() throws IOException {
    List<String> outline = Outline.of(CapacitySection.html(Capacity.read(CAPACITY)));
    Files.write(Files.createDirectories(Path.of("target")).resolve("html-outline-capacity.txt"), outline); // to diff
    assertThat(outline).isEqualTo(Files.readAllLines(GOLDEN));
  }

  @Test
  void theThroughputChartDrawsTheStepsTheFitAndTheKnee() throws IOException {
    Capacity c = Capacity.read(CAPACITY);
    String html = CapacitySection.html(c);
    String chart = html.substring(html.indexOf("id=\"" + CapacitySection.THROUGHPUT + "\""), html.indexOf("</svg>"));

    assertThat(chart).contains("stroke=\"" + LoadChart.FIT + "\"", "stroke=\"" + LoadChart.MEASURED + "\"",
        ">maxLoad 10</text>", ">USL fit</text>");
    long held = c.steps().stream().filter(Capacity.Step::held).count();
    assertThat(count(chart, "fill=\"" + LoadChart.HELD + "\"")).isEqualTo(held);
    assertThat(count(chart, "fill=\"" + LoadChart.BROKE + "\"")).isEqualTo(c.steps().size() - held);
    assertThat(html).contains("id=\"" + CapacitySection.P95 + "\"");
  }

  @Test
  void thePageShowsTheSectionOnlyBesideACapacityJson(@TempDir Path dir) throws IOException {
    ReportFixtures.write(ReportFixtures.Run.SMOKE, dir.resolve("run"));
    assertThat(Files.readString(dir.resolve("run").resolve(RunReports.HTML))).doesNotContain("<h2>Capacity</h2>");

    Files.createDirectories(dir.resolve("search"));
    Files.copy(CAPACITY, dir.resolve("search").resolve(Capacity.FILE));
    ReportFixtures.write(ReportFixtures.Run.SMOKE, dir.resolve("search"));
    assertThat(Files.readString(dir.resolve("search").resolve(RunReports.HTML))).contains("<h2>Capacity</h2>",
        "id=\"" + CapacitySection.THROUGHPUT + "\"");
  }

  private static long count(String text, String part) {
    return (text.length() - text.replace(part, "").length()) / part.length();
  }
}
