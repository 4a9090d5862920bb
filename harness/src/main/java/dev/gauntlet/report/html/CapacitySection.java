package dev.gauntlet.report.html;

import dev.gauntlet.analysis.Capacity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A capacity search's section: what it found, throughput and p95 against load with the knee and the USL fit, each step. */
final class CapacitySection {

  static final String THROUGHPUT = "chart-capacity-throughput";
  static final String P95 = "chart-capacity-p95";

  private CapacitySection() {}

  static String html(Capacity c) {
    String unit = c.variable().equals("users") ? "users" : "arrivals/s";
    StringBuilder out = new StringBuilder(16_384);
    out.append("<section id=\"capacity\"><h2>Capacity</h2><dl class=\"facts\">");
    fact(out, "maxLoad", number(c.maxLoad()) + " " + unit + (c.firstBreaking() == null
        ? " (the maximum " + number(c.maximum()) + " held)" : "; broke at " + number(c.firstBreaking())));
    fact(out, "limited by", c.limitedBy() == null ? "-" : c.limitedBy());
    fact(out, "busiest process", c.saturated() == null ? "-" : c.saturated());
    fact(out, "sessions per pod", c.perPod() == null ? "-" : number(c.perPod()));
    fact(out, "sessions per gateway", c.perGateway() == null ? "-" : number(c.perGateway()));
    if (c.sizing() != null) {
      fact(out, "for " + number(c.sizing().target()) + " " + unit, (c.sizing().pods() == null ? "-" : c.sizing().pods())
          + " pods, " + (c.sizing().gateways() == null ? "-" : c.sizing().gateways()) + " gateways ("
          + Math.round(c.sizing().headroom() * 100) + "% headroom)");
    }
    if (c.required() != null) {
      fact(out, "required", number(c.required()) + " " + unit + (c.met() ? ": met" : ": NOT met"));
    }
    fact(out, "USL fit", usl(c.usl()));
    out.append("</dl>");
    String knee = "maxLoad " + number(c.maxLoad());
    List<LoadChart.Point> throughput = new ArrayList<>();
    List<LoadChart.Point> p95 = new ArrayList<>();
    for (Capacity.Step s : c.steps()) {
      String tip = "step " + s.index() + ": " + number(s.level()) + " " + unit + ", " + s.verdict();
      throughput.add(new LoadChart.Point(s.level(), s.throughput(), s.held(), tip + ", " + number(s.throughput()) + "/s"));
      p95.add(new LoadChart.Point(s.level(), s.p95Ms() == null ? Double.NaN : s.p95Ms(), s.held(),
          tip + ", p95 " + (s.p95Ms() == null ? "-" : Html.millis(s.p95Ms()))));
    }
    double kneeLevel = c.maxLoad() > 0 ? c.maxLoad() : Double.NaN;
    out.append(new LoadChart(THROUGHPUT, "Throughput against load (interactions/s; dots: green held, red broke)",
        "interactions/s", unit).html(throughput, curve(c), kneeLevel, knee));
    out.append(new LoadChart(P95, "p95 of first renders and reruns against load", "ms", unit)
        .html(p95, List.of(), kneeLevel, knee));
    Table steps = new Table("steps", "step", unit, "phase", "interactions/s", "p95", "pods", "verdict");
    for (Capacity.Step s : c.steps()) {
      steps.row(s.index(), number(s.level()), s.phase(), number(s.throughput()),
          s.p95Ms() == null ? "-" : Html.millis(s.p95Ms()), s.pods(), s.held() ? Table.badge("held", "ok")
              : new Table.Raw(Table.badge("broke", "bad").html() + "<div class=\"note\">" + Html.text(s.reason()) + "</div>"));
    }
    return out.append(steps.html()).append("</section>").toString();
  }

  /** The fitted law from 0 to the highest level, 40 points; none without a fit. */
  private static List<double[]> curve(Capacity c) {
    Capacity.Usl u = c.usl();
    if (u.sigma() == null || c.steps().isEmpty()) {
      return List.of();
    }
    double high = c.steps().stream().mapToDouble(Capacity.Step::level).max().orElse(1);
    List<double[]> points = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      double n = high * i / 40;
      points.add(new double[] {n, u.lambda() * n / (1 + u.sigma() * (n - 1) + u.kappa() * n * (n - 1))});
    }
    return points;
  }

  private static String usl(Capacity.Usl u) {
    if (u.sigma() == null) {
      return "none: " + u.note();
    }
    return String.format(Locale.ROOT, "sigma %s, kappa %s, peak %s, R^2 %s", number(u.sigma()), u.kappa(),
        u.peak() == null ? "none" : number(u.peak()), number(u.r2())) + (u.note() == null ? "" : "; " + u.note());
  }

  private static void fact(StringBuilder out, String name, String value) {
    out.append("<div><dt>").append(Html.text(name)).append("</dt><dd>").append(Html.text(value)).append("</dd></div>");
  }

  private static String number(double v) {
    return Html.number(v);
  }
}
