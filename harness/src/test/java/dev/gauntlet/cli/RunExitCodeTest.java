package dev.gauntlet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.load.LoadDriver;
import dev.gauntlet.run.FailingLoadDriver;
import dev.gauntlet.scenario.ScenarioFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run in which no interaction succeeded never exits 0, neither from run nor from gate. */
class RunExitCodeTest {

  static final String SCENARIO = "name: none\ntarget: {kind: external, url: 'http://127.0.0.1:9'}\n"
      + "load: {users: 2, hold: 1s, apps: [{app: ''}]}\n"
      + "slos:\n  objectives:\n    - lost_sessions <= 0\n";

  @TempDir
  Path root;

  @AfterEach
  void clear() {
    System.clearProperty(LoadDriver.PROPERTY);
  }

  @Test
  void runAndGateExit2WhenNoInteractionSucceeded() {
    System.setProperty(LoadDriver.PROPERTY, FailingLoadDriver.class.getName());
    Path scenario = new ScenarioFiles(root).scenario(SCENARIO);

    for (String command : new String[] {"run", "gate"}) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit = Gauntlet.run(new PrintWriter(out, true), new PrintWriter(err, true),
          command, scenario.toString(), "--out", root.resolve("reports").toString());

      assertThat(exit).as(command + ": " + out + err).isEqualTo(2);
      assertThat(out.toString()).as(command).contains("status error");
      assertThat(err.toString()).as(command).contains("the run did not complete: no interaction succeeded: all 8 failed");
    }
  }
}
