package dev.gauntlet.deploy;

import dev.gauntlet.scenario.LocalTarget;
import dev.gauntlet.scenario.TargetKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The Deployment contract on the local kind: targets are processes, faults are signals. */
class LocalDeploymentContractIT extends DeploymentContract {

  private Path stateDir;

  @Override
  Deployment create(LocalTarget target, Path stateDir) {
    this.stateDir = stateDir;
    return Deployments.local(target, stateDir, line -> System.err.println("local: " + line));
  }

  @Override
  String kind() {
    return TargetKind.LOCAL.text();
  }

  @Override
  boolean frozen(Target target) {
    return "T".equals(procState(pid(target)));
  }

  @Override
  boolean gone(Target target) {
    return ProcessHandle.of(pid(target)).map(h -> !h.isAlive()).orElse(true);
  }

  @Override
  void assertNothingLeft(List<Target> lastSeen) {
    List<Long> pids = new ArrayList<>(lastSeen.stream().map(t -> t.handle().pid()).toList());
    try {
      pids.addAll(PlatformFixture.podPids(stateDir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PlatformFixture.assertAllDead(pids);
  }

  private static long pid(Target target) {
    return target.handle().pid();
  }

  /** The state letter in /proc/PID/stat (after the command name's closing parenthesis), or "" when gone. */
  private static String procState(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      return stat.substring(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    } catch (Exception e) {
      return "";
    }
  }
}
