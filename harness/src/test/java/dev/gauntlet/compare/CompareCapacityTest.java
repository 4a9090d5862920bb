package dev.gauntlet.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.analysis.Capacity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two capacity searches side by side: maxLoad, the knee (USL peak) and the fit, under the noise floor. */
class CompareCapacityTest {

  static final Path GOLDEN = Path.of("src/test/resources/capacity/capacity.json");

  @TempDir
  Path root;

  private Path search(String name, Capacity capacity) throws IOException {
    Path dir = new CompareCli(root).runDir(name, "compare/smoke-baseline.json");
    capacity.write(dir);
    return dir;
  }

  private static Capacity withMaxLoad(Capacity c, double maxLoad, Capacity.Usl usl) {
    return new Capacity(c.schema(), c.runId(), c.scenario(), c.variable(), c.start(), c.maximum(), c.resolution(),
        c.steps(), maxLoad, c.firstBreaking(), c.limitedBy(), c.saturated(), usl, c.perPod(), c.perGateway(), c.sizing(),
        c.required(), c.met());
  }

  private List<Row> capacityRows(Path baseline, Path current) {
    Comparison comparison = Comparisons.of(SummaryFiles.read("baseline", baseline), SummaryFiles.read("current", current),
        NoiseFloor.DEFAULT, Comparisons.DEFAULT_STATS, false);
    return comparison.rows().stream().filter(r -> r.sli().equals("capacity")).toList();
  }

  @Test
  void aLowerMaxLoadBeyondTheResolutionAndTheFloorRegresses() throws IOException {
    Capacity golden = Capacity.read(GOLDEN);
    Path baseline = search("baseline", golden);
    Path same = search("same", withMaxLoad(golden, 9, golden.usl())); // one resolution step: noise
    Path lower = search("lower", withMaxLoad(golden, 6, golden.usl()));

    assertThat(capacityRows(baseline, same)).extracting(Row::stat, Row::verdict).containsExactly(
        org.assertj.core.groups.Tuple.tuple("maxLoad", Verdict.WITHIN_NOISE),
        org.assertj.core.groups.Tuple.tuple("usl.peak", Verdict.WITHIN_NOISE),
        org.assertj.core.groups.Tuple.tuple("usl.sigma", Verdict.WITHIN_NOISE),
        org.assertj.core.groups.Tuple.tuple("usl.kappa", Verdict.WITHIN_NOISE));
    assertThat(capacityRows(baseline, lower).get(0).verdict()).isEqualTo(Verdict.REGRESSED);
    assertThat(capacityRows(lower, baseline).get(0).verdict()).isEqualTo(Verdict.IMPROVED);
  }

  @Test
  void aLaterKneeImprovesAndMoreContentionRegresses() throws IOException {
    Capacity golden = Capacity.read(GOLDEN);
    Capacity.Usl u = golden.usl();
    Capacity.Usl worse = new Capacity.Usl(u.sigma() * 2, u.kappa(), u.lambda(), u.peak() * 0.7, u.r2(), u.points(), null);
    List<Row> rows = capacityRows(search("baseline", golden), search("worse", withMaxLoad(golden, 10, worse)));

    assertThat(rows).extracting(Row::stat, Row::verdict).contains(
        org.assertj.core.groups.Tuple.tuple("usl.peak", Verdict.REGRESSED),
        org.assertj.core.groups.Tuple.tuple("usl.sigma", Verdict.REGRESSED),
        org.assertj.core.groups.Tuple.tuple("usl.kappa", Verdict.WITHIN_NOISE));
  }

  @Test
  void aPoorFitOnEitherSideIsNoDataWithTheReason() throws IOException {
    Capacity golden = Capacity.read(GOLDEN);
    Capacity.Usl u = golden.usl();
    Capacity.Usl poor = new Capacity.Usl(u.sigma(), u.kappa(), u.lambda(), u.peak(), 0.5, u.points(), "poor fit (R^2 0.50 < 0.9)");
    List<Row> rows = capacityRows(search("baseline", golden), search("poor", withMaxLoad(golden, 10, poor)));

    assertThat(rows.subList(1, 4)).allSatisfy(r -> {
      assertThat(r.verdict()).isEqualTo(Verdict.NO_DATA);
      assertThat(r.reason()).isEqualTo("the current run's fit: poor fit (R^2 0.50 < 0.9)");
    });
  }

  @Test
  void onlyOneSearchIsAWarningAndNoRows() throws IOException {
    Path plain = new CompareCli(root).runDir("plain", "compare/smoke-baseline.json");
    Path searched = search("searched", Capacity.read(GOLDEN));
    Comparison comparison = Comparisons.of(SummaryFiles.read("baseline", plain), SummaryFiles.read("current", searched),
        NoiseFloor.DEFAULT, Comparisons.DEFAULT_STATS, false);

    assertThat(comparison.rows()).noneMatch(r -> r.sli().equals("capacity"));
    assertThat(comparison.warnings()).contains("only the current run is a capacity search: its capacity.json is not compared");
    assertThat(Files.exists(searched.resolve(Capacity.FILE))).isTrue();
  }
}
