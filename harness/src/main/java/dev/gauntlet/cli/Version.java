package dev.gauntlet.cli;

import dev.gauntlet.run.RunProvenance;
import picocli.CommandLine;

/** {@code --version}: the harness jar's version, or the development version when run from classes. */
final class Version implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {"gauntlet " + RunProvenance.gauntletVersion()};
  }
}
