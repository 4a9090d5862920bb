package dev.gauntlet.report.junit;

import static dev.gauntlet.report.GateFixtures.ended;
import static dev.gauntlet.report.GateFixtures.golden;
import static dev.gauntlet.report.GateFixtures.resource;
import static dev.gauntlet.report.GateFixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.analysis.Summary;
import dev.gauntlet.measure.RunStatus;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** junit.xml: golden files under src/test/resources/gate/, valid against the readers' schema, counts that add up. */
class JUnitReportTest {

  static final String HOST = "ci-runner-7";

  @TempDir
  Path dir;

  @Test
  void passingRunGivesTheGoldenXml() throws Exception {
    String xml = JUnitReport.xml(summary("summary-pass.json"), HOST);

    assertThat(xml).isEqualTo(golden("junit-pass.xml", xml));
    assertReadable(xml);
  }

  @Test
  void missedObjectivesAndADeviatedExperimentAreFailuresWithTheMeasuredValueInTheMessage() throws Exception {
    String xml = JUnitReport.xml(summary("summary-fail.json"), HOST);

    assertThat(xml).isEqualTo(golden("junit-fail.xml", xml));
    Document doc = assertReadable(xml);
    Element missed = (Element) doc.getElementsByTagName("failure").item(0);
    assertThat(missed.getAttribute("message")).isEqualTo("ttfr_ms p95 = 95.100 ms, objective < 1 ms (118 samples)");
    assertThat(((Element) missed.getParentNode()).getAttribute("classname")).isEqualTo("gauntlet.slo.chaos-runtime-kill");
    assertThat(((Element) missed.getParentNode()).getAttribute("name")).isEqualTo("ttfr_ms p95 < 1");
  }

  @Test
  void aRunThatEndedInErrorGetsAnErrorCaseNamedRun() throws Exception {
    String xml = JUnitReport.xml(ended(summary("summary-pass.json"), RunStatus.ERROR, "the load driver reported status 2"), HOST);

    assertThat(xml).isEqualTo(golden("junit-error.xml", xml));
    Document doc = assertReadable(xml);
    Element error = (Element) doc.getElementsByTagName("error").item(0);
    assertThat(((Element) error.getParentNode()).getAttribute("name")).isEqualTo("run");
    assertThat(error.getAttribute("message")).isEqualTo("the run ended in error: the load driver reported status 2");
  }

  @Test
  void anAbortedRunIsAFailedRunCaseBesideTheObjectives() throws Exception {
    Summary aborted = ended(summary("summary-pass.json"), RunStatus.ABORTED, "ttfr_ms p95 < 1 can no longer be met");

    Document doc = assertReadable(JUnitReport.xml(aborted, HOST));

    Element run = (Element) doc.getDocumentElement().getElementsByTagName("testsuite").item(2);
    assertThat(run.getAttribute("name")).isEqualTo("gauntlet.run");
    assertThat(run.getAttribute("failures")).isEqualTo("1");
    assertThat(((Element) run.getElementsByTagName("failure").item(0)).getAttribute("message"))
        .isEqualTo("aborted: ttfr_ms p95 < 1 can no longer be met");
  }

  @Test
  void writeLeavesTheFileAndNoTemporary() throws Exception {
    Path file = dir.resolve("junit.xml");

    JUnitReport.write(summary("summary-fail.json"), file);

    assertReadable(Files.readString(file, StandardCharsets.UTF_8));
    assertThat(dir).isDirectoryNotContaining(p -> p.toString().endsWith(".tmp"));
  }

  @Test
  void markupAndControlCharactersInNamesAreEscaped() throws Exception {
    Summary s = summary("summary-fail.json");
    Summary odd = s.withSlos(s.slos().stream().map(v -> new dev.gauntlet.analysis.SloVerdict("a <b> & \"c\"\u0007",
        v.sli(), v.objective(), v.scope(), v.app(), v.measured(), v.unit(), v.samples(), v.met(), v.note(), v.budget()))
        .toList());

    Document doc = assertReadable(JUnitReport.xml(odd, HOST));

    assertThat(((Element) doc.getElementsByTagName("testcase").item(0)).getAttribute("name")).isEqualTo("a <b> & \"c\"");
  }

  /** Valid against the schema the readers share, and every suite's counts match its test cases. */
  static Document assertReadable(String xml) throws Exception {
    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(resource("junit.xsd").toFile())
        .newValidator().validate(new StreamSource(new StringReader(xml)));
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    NodeList suites = doc.getElementsByTagName("testsuite");
    int tests = 0;
    int failures = 0;
    int errors = 0;
    for (int i = 0; i < suites.getLength(); i++) {
      Element suite = (Element) suites.item(i);
      int cases = suite.getElementsByTagName("testcase").getLength();
      int failed = suite.getElementsByTagName("failure").getLength();
      int erred = suite.getElementsByTagName("error").getLength();
      assertThat(suite.getAttribute("tests")).as(suite.getAttribute("name")).isEqualTo(String.valueOf(cases));
      assertThat(suite.getAttribute("failures")).isEqualTo(String.valueOf(failed));
      assertThat(suite.getAttribute("errors")).isEqualTo(String.valueOf(erred));
      assertThat(suite.getAttribute("hostname")).isNotBlank();
      tests += cases;
      failures += failed;
      errors += erred;
    }
    Element root = doc.getDocumentElement();
    assertThat(root.getAttribute("tests")).isEqualTo(String.valueOf(tests));
    assertThat(root.getAttribute("failures")).isEqualTo(String.valueOf(failures));
    assertThat(root.getAttribute("errors")).isEqualTo(String.valueOf(errors));
    return doc;
  }
}
