package dev.gauntlet.workers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gauntlet.analysis.RunFiles;
import dev.gauntlet.analysis.Workers;
import dev.gauntlet.load.Abort;
import dev.gauntlet.load.LoadDriver;
import dev.gauntlet.load.Plan;
import dev.gauntlet.load.Plans;
import dev.gauntlet.measure.Journal;
import dev.gauntlet.measure.JournalEvent;
import dev.gauntlet.measure.Journals;
import dev.gauntlet.measure.OwnCpu;
import dev.gauntlet.measure.RunStatus;
import dev.gauntlet.merge.WorkerFiles;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * One worker's part of a run ({@code gauntlet worker}): its shard of the plan, its clock offset, the
 * wait at the start gate, the load, then {@code worker.json} and (without a shared disk) the upload.
 * Its journal has its own run_started and run_ended, so its directory reads as a run of its own.
 */
public final class WorkerRun {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private WorkerRun() {}

  /** Runs the shard the command names; returns the load driver's status (0: it ran). */
  public static int run(WorkerArgs command, LoadDriver driver, Consumer<String> log) throws Exception {
    Plan shard = Plans.shard(Plan.read(command.plan()), command.index(), command.count(), command.out());
    Files.createDirectories(command.out());
    Path planFile = command.out().resolve(RunFiles.PLAN);
    shard.write(planFile);
    Abort.clear();
    try (CoordinatorLink link = new CoordinatorLink(command.coordinator(), command.index());
        Uploader uploader = command.upload() ? new Uploader(link.http(), command.coordinator(), command.index(),
            command.out()) : null) {
      ClockOffset offset = link.start();
      log.accept(String.format(java.util.Locale.ROOT, "worker %d/%d: %d users, %.2f sessions/s; clock %+.1f ms against the"
          + " coordinator (round trip %.1f ms)", command.index(), command.count(), shard.users(), shard.arrivalsPerSecond(),
          offset.millis(), offset.roundTripMillis()));
      Journal journal = Journals.shared(command.out().resolve(RunFiles.JOURNAL));
      journal.write(new JournalEvent.RunStarted(System.currentTimeMillis(), shard.runId() + "-w" + command.index(),
          shard.scenario(), shard.seed(), null, null, null));
      if (uploader != null) {
        uploader.start();
      }
      int status = driver.run(planFile, command.out());
      RunStatus outcome = Abort.requested() ? RunStatus.ABORTED : status == 0 ? RunStatus.COMPLETED : RunStatus.ERROR;
      journal.write(new JournalEvent.RunEnded(System.currentTimeMillis(), outcome,
          Abort.reason().orElse(status == 0 ? null : "the load driver reported status " + status)));
      Journals.close(journal.file());
      JSON.writeValue(command.out().resolve(WorkerFiles.WORKER).toFile(), new Workers.Worker(command.index(), ".",
          hostName(), outcome, shard.users(), shard.arrivalsPerSecond(), offset.millis(), offset.roundTripMillis(),
          OwnCpu.seconds()));
      if (uploader != null) {
        uploader.finish();
      }
      link.ended(status);
      return status;
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
