package dev.gauntlet.report.junit;

import dev.gauntlet.analysis.Provenance;
import dev.gauntlet.analysis.Summary;
import dev.gauntlet.measure.RunStatus;
import dev.gauntlet.report.VerdictTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * junit.xml from a summary (docs/gate.md), in the schema Jenkins' JUnit plugin, GitLab and GitHub
 * test reporters read: {@code <testsuites>} holding {@code gauntlet.slo} (a case per objective),
 * {@code gauntlet.chaos} (a case per experiment, when there are any) and {@code gauntlet.run} (one
 * case "run", only when the run did not complete: an error, or a failure when an objective aborted it).
 */
public final class JUnitReport {

  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
      .withZone(ZoneOffset.UTC); // the Ant schema's timestamp has no zone: UTC by convention

  private JUnitReport() {}

  public static void write(Summary summary, Path file) {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.writeString(tmp, xml(summary, hostname()), StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The document, with {@code hostname} as the suites' host (tests pass a fixed one). */
  public static String xml(Summary s, String hostname) {
    String scenario = s.scenario() == null || s.scenario().isBlank() ? "run" : s.scenario().replace('.', '_');
    long start = s.startedAt() == null ? 0 : Instant.parse(s.startedAt()).toEpochMilli();
    Map<String, List<TestCase>> suites = new LinkedHashMap<>();
    suites.put("gauntlet.slo", SloCases.of(s.slos(), "gauntlet.slo." + scenario));
    if (!s.experiments().isEmpty()) {
      suites.put("gauntlet.chaos", ChaosCases.of(s.experiments(), s.faults(), start, "gauntlet.chaos." + scenario));
    }
    if (s.status() != RunStatus.COMPLETED) {
      suites.put("gauntlet.run", List.of(runCase(s, "gauntlet.run." + scenario)));
    }
    List<TestCase> all = suites.values().stream().flatMap(List::stream).toList();
    String seconds = seconds(s);
    String timestamp = s.startedAt() == null ? null
        : TIMESTAMP.format(Instant.parse(s.startedAt()).truncatedTo(ChronoUnit.SECONDS));
    Xml xml = new Xml();
    // the root takes only the attributes every reader's schema allows it; skipped, timestamp and hostname are the suites'
    xml.start("testsuites").attr("name", "gauntlet " + scenario + " " + s.runId()).attr("tests", all.size())
        .attr("failures", all.stream().filter(TestCase::failed).count())
        .attr("errors", all.stream().filter(TestCase::erred).count()).attr("time", seconds);
    suites.forEach((name, cases) -> {
      counts(xml.start("testsuite").attr("name", name), cases).attr("time", seconds).attr("timestamp", timestamp)
          .attr("hostname", hostname);
      properties(xml, s);
      cases.forEach(c -> testCase(xml, c));
      if (name.equals("gauntlet.slo")) {
        xml.start("system-out").text(String.join("\n", VerdictTable.lines(s)) + "\n").end(); // the terminal's verdict
      }
      xml.end();
    });
    return xml.end().toString();
  }

  private static Xml counts(Xml xml, List<TestCase> cases) {
    return xml.attr("tests", cases.size()).attr("failures", cases.stream().filter(TestCase::failed).count())
        .attr("errors", cases.stream().filter(TestCase::erred).count()).attr("skipped", 0);
  }

  private static void testCase(Xml xml, TestCase c) {
    xml.start("testcase").attr("classname", c.classname()).attr("name", c.name()).attr("time", "0.000");
    if (c.outcome() != null) {
      xml.start(c.outcome().element()).attr("message", c.outcome().message()).attr("type", c.outcome().type())
          .text(c.outcome().details()).end();
    }
    if (c.output() != null) {
      xml.start("system-out").text(c.output() + "\n").end();
    }
    xml.end();
  }

  private static TestCase runCase(Summary s, String classname) {
    String reason = s.statusReason() == null ? "no reason recorded" : s.statusReason();
    String details = "run " + s.runId() + " ended " + s.status() + ": " + reason + "\n";
    return switch (s.status()) {
      case ABORTED -> new TestCase(classname, "run", TestCase.Outcome.failure("run.aborted", "aborted: " + reason, details),
          null);
      case INTERRUPTED -> new TestCase(classname, "run",
          TestCase.Outcome.error("run.interrupted", "the run was interrupted: " + reason, details), null);
      default -> new TestCase(classname, "run",
          TestCase.Outcome.error("run." + s.status(), "the run ended in " + s.status() + ": " + reason, details), null);
    };
  }

  private static void properties(Xml xml, Summary s) {
    Provenance p = s.provenance() == null ? Provenance.UNKNOWN : s.provenance();
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("runId", s.runId());
    props.put("scenario", s.scenario());
    props.put("status", s.status().text());
    props.put("statusReason", s.statusReason());
    props.put("startedAt", s.startedAt());
    props.put("endedAt", s.endedAt());
    props.put("gitCommit", p.gitCommit());
    props.put("scenarioSha256", p.scenarioSha256());
    props.put("gauntletVersion", p.gauntletVersion());
    props.put("seed", p.seed());
    xml.start("properties");
    props.forEach((name, value) -> {
      if (value != null) {
        xml.start("property").attr("name", name).attr("value", value).end();
      }
    });
    xml.end();
  }

  private static String seconds(Summary s) {
    if (s.startedAt() == null || s.endedAt() == null) {
      return "0.000";
    }
    long millis = Instant.parse(s.endedAt()).toEpochMilli() - Instant.parse(s.startedAt()).toEpochMilli();
    return String.format(Locale.ROOT, "%.3f", Math.max(0, millis) / 1000.0);
  }

  private static String hostname() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }
}
