package dev.gauntlet.cli;

import picocli.CommandLine;

/** {@code --version}: the harness jar's version, or the development version when run from classes. */
final class Version implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    String v = Gauntlet.class.getPackage().getImplementationVersion();
    return new String[] {"gauntlet " + (v == null ? "0.1.0-SNAPSHOT" : v)};
  }
}
