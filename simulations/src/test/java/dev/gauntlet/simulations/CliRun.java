package dev.gauntlet.simulations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** {@code gauntlet run SCENARIO --out DIR} as a child JVM with the given environment: its terminal and run dir. */
record CliRun(int exit, String terminal, Path runDir) {

  static CliRun of(String scenario, Path out, Map<String, String> env) throws IOException, InterruptedException {
    Path home = RunFiles.home();
    ProcessBuilder builder = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--add-opens=java.base/java.lang=ALL-UNNAMED", "-Dgauntlet.home=" + home,
        "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        "dev.gauntlet.cli.Gauntlet", "run", home.resolve(scenario).toString(), "--out", out.toString()))
        .redirectErrorStream(true).redirectOutput(out.resolve("terminal.txt").toFile());
    builder.environment().putAll(env);
    Process run = builder.start();
    try {
      assertThat(run.waitFor(4, TimeUnit.MINUTES)).as("the run ends within 4 minutes").isTrue();
    } finally {
      run.destroyForcibly(); // only if it overran: our own child, by its handle
    }
    Path runDir;
    try (Stream<Path> dirs = Files.list(out)) {
      runDir = dirs.filter(Files::isDirectory).findFirst().orElse(null);
    }
    return new CliRun(run.exitValue(), Files.readString(out.resolve("terminal.txt")), runDir);
  }

  /** The run directory's files (any depth) whose bytes hold {@code text}, and "terminal" if the output does. */
  List<String> holding(String text) throws IOException {
    List<String> found = new java.util.ArrayList<>(terminal.contains(text) ? List.of("terminal") : List.of());
    try (Stream<Path> files = Files.walk(runDir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        if (new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1).contains(text)) {
          found.add(f.toString());
        }
      }
    }
    return found;
  }

  JsonNode summary() throws IOException {
    return new ObjectMapper().readTree(runDir.resolve("summary.json").toFile());
  }
}
