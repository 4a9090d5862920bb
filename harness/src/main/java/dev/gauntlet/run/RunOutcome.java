package dev.gauntlet.run;

import dev.gauntlet.analysis.Summary;
import dev.gauntlet.measure.RunStatus;
import java.nio.file.Path;
import java.util.List;

/**
 * How a run ended: its directory, its summary, the journal lines skipped, and the error that
 * ended it early (null when it completed).
 */
public record RunOutcome(Path runDir, Summary summary, List<String> warnings, String error) {

  public boolean completed() {
    return error == null && summary.status() == RunStatus.COMPLETED;
  }
}
