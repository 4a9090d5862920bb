package dev.gauntlet.cli;

import java.util.Optional;

/** A worker ends soon after the run that started it, so a killed run leaves no worker behind. */
final class Owner {

  private Owner() {}

  static void exitWhenGone(long pid) {
    Optional<ProcessHandle> owner = ProcessHandle.of(pid);
    if (owner.isEmpty()) {
      throw new CliException("--owner " + pid + " is not running: the run that started this worker has ended");
    }
    Thread watch = new Thread(() -> {
      owner.get().onExit().join();
      System.err.println("gauntlet: the run that started this worker (pid " + pid + ") ended; stopping");
      Runtime.getRuntime().halt(3);
    }, "gauntlet-owner-watch");
    watch.setDaemon(true);
    watch.start();
  }
}
