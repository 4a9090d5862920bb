package dev.gauntlet.report.junit;

import dev.gauntlet.analysis.Provenance;
import dev.gauntlet.analysis.Summary;
import dev.gauntlet.measure.RunStatus;
import dev.gauntlet.report.VerdictTable;
import dev.gauntlet.report.internal.TextFiles;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
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
 * {@link #xml(String, List, String, String, String)} writes other verdicts' suites in the same form
 * ({@code gauntlet trend --gate}'s).
 */
public final class JUnitReport {

  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
      .withZone(ZoneOffset.UTC); // the Ant schema's timestamp has no zone: UTC by convention

  private JUnitReport() {}

  public static void write(Summary summary, Path file) {
    write(xml(summary, hostname()), file);
  }

  /** Writes a junit.xml document atomically (a reader never sees half of it). */
  public static void write(String document, Path file) {
    TextFiles.writeAtomically(document, file);
  }

  /** The document, with {@code hostname} as the suites' host (tests pass a fixed one). */
  public static String xml(Summary s, String hostname) {
    String scenario = s.scenario() == null || s.scenario().isBlank() ? "run" : s.scenario().replace('.', '_');
    long start = s.startedAt() == null ? 0 : Instant.parse(s.startedAt()).toEpochMilli();
    Map<String, Object> properties = properties(s);
    List<Suite> suites = new ArrayList<>();
    // the slo suite's system-out is the terminal's verdict table
    suites.add(new Suite("gauntlet.slo", SloCases.of(s.slos(), "gauntlet.slo." + scenario), properties,
        String.join("\n", VerdictTable.lines(s)) + "\n"));
    if (!s.experiments().isEmpty()) {
      suites.add(new Suite("gauntlet.chaos", ChaosCases.of(s.experiments(), s.faults(), start, "gauntlet.chaos." + scenario),
          properties, null));
    }
    if (s.status() != RunStatus.COMPLETED) {
      suites.add(new Suite("gauntlet.run", List.of(runCase(s, "gauntlet.run." + scenario)), properties, null));
    }
    String timestamp = s.startedAt() == null ? null : timestamp(Instant.parse(s.startedAt()));
    return xml("gauntlet " + scenario + " " + s.runId(), suites, seconds(s), timestamp, hostname);
  }

  /**
   * A document of the suites given, each with the same length and start.
   *
   * @param seconds the length of what was judged, e.g. "41.250" (test cases take 0)
   * @param timestamp the start in the schema's form ({@link #timestamp}); null leaves it out
   * @param hostname the machine that wrote it
   */
  public static String xml(String name, List<Suite> suites, String seconds, String timestamp, String hostname) {
    List<TestCase> all = suites.stream().flatMap(suite -> suite.cases().stream()).toList();
    Xml xml = new Xml();
    // the root takes only the attributes every reader's schema allows it; skipped, timestamp and hostname are the suites'
    xml.start("testsuites").attr("name", name).attr("tests", all.size())
        .attr("failures", all.stream().filter(TestCase::failed).count())
        .attr("errors", all.stream().filter(TestCase::erred).count()).attr("time", seconds);
    for (Suite suite : suites) {
      counts(xml.start("testsuite").attr("name", suite.name()), suite.cases()).attr("time", seconds)
          .attr("timestamp", timestamp).attr("hostname", hostname);
      properties(xml, suite.properties());
      suite.cases().forEach(c -> testCase(xml, c));
      if (suite.output() != null) {
        xml.start("system-out").text(suite.output()).end();
      }
      xml.end();
    }
    return xml.end().toString();
  }

  /** An instant as the schema's timestamp: UTC to the second, without a zone. */
  public static String timestamp(Instant instant) {
    return TIMESTAMP.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  private static Xml counts(Xml xml, List<TestCase> cases) {
    return xml.attr("tests", cases.size()).attr("failures", cases.stream().filter(TestCase::failed).count())
        .attr("errors", cases.stream().filter(TestCase::erred).count())
        .attr("skipped", cases.stream().filter(TestCase::skipped).count());
  }

  private static void testCase(Xml xml, TestCase c) {
    xml.start("testcase").attr("classname", c.classname()).attr("name", c.name()).attr("time", "0.000");
    if (c.outcome() != null) {
      xml.start(c.outcome().element()).attr("message", c.outcome().message()).attr("type", c.outcome().type());
      if (c.outcome().details() != null) {
        xml.text(c.outcome().details());
      }
      xml.end();
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

  private static Map<String, Object> properties(Summary s) {
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
    return props;
  }

  private static void properties(Xml xml, Map<String, Object> props) {
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

  /** This machine's name, for the suites' hostname. */
  public static String hostname() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }
}
