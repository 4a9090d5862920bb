package dev.gauntlet.chaos;

import dev.gauntlet.deploy.ComponentProcess;
import dev.gauntlet.deploy.Deployment;
import dev.gauntlet.deploy.Endpoints;
import dev.gauntlet.deploy.Pod;
import dev.gauntlet.deploy.Target;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A deployment of fixed targets that records each fault instead of doing it; {@code failOn} makes one throw. */
final class RecordingDeployment implements Deployment {

  final List<Target> targets;
  final List<String> done = new ArrayList<>();
  String failOn = "";

  RecordingDeployment(List<Target> targets) {
    this.targets = List.copyOf(targets);
  }

  static Target pod(String id, long pid, String app, int sessions) {
    return new Target(Target.RUNTIME, id, app, null, "ready", sessions, List.of(), Target.Handle.process(pid));
  }

  static Target component(String kind, String id, long pid) {
    return new Target(kind, id, null, null, "running", 0, List.of(), Target.Handle.process(pid));
  }

  private void record(String fault, Target t) {
    done.add(fault + " " + t.handle().pid());
    if (fault.equals(failOn)) {
      throw new IllegalStateException(fault + " failed");
    }
  }

  @Override
  public List<Target> targets() {
    return targets;
  }

  @Override
  public void kill(Target target) {
    record("KILL", target);
  }

  @Override
  public void terminate(Target target, Duration grace) {
    record("TERM", target);
  }

  @Override
  public void pause(Target target) {
    record("STOP", target);
  }

  @Override
  public void resume(Target target) {
    record("CONT", target);
  }

  @Override
  public Endpoints start() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Endpoints endpoints() {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<ComponentProcess> processes() {
    return List.of();
  }

  @Override
  public List<Pod> pods() {
    return List.of();
  }

  @Override
  public void stop() {}
}
