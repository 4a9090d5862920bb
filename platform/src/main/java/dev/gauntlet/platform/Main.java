package dev.gauntlet.platform;

import dev.gauntlet.platform.common.StartupException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;

/** One executable jar, three services: {@code runtime}, {@code scheduler}, {@code gateway}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      System.out.println(
          "usage: java -jar gauntlet-platform.jar runtime|scheduler|gateway [options]\n"
              + "  runtime   --app-spec FILE   hosts one app (see docs/platform.md)\n"
              + "  scheduler --config FILE --state-dir DIR   places sessions on runtime pods\n"
              + "  gateway   --scheduler URL   the front door: proxies browser sessions to pods\n"
              + "common: --host H --port N --port-file F --owner-pid P");
      System.exit(args.length == 0 ? 2 : 0);
    }
    String service = args[0];
    logToFileIfAsked(System.getenv("GAUNTLET_LOG_FILE"));
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    try {
      switch (service) {
        case "runtime" -> dev.gauntlet.platform.runtime.RuntimeMain.main(rest);
        case "scheduler" -> dev.gauntlet.platform.scheduler.SchedulerMain.main(rest);
        case "gateway" -> dev.gauntlet.platform.gateway.GatewayMain.main(rest);
        default -> throw new StartupException(
            "unknown service '" + service + "'", "use runtime, scheduler or gateway");
      }
    } catch (StartupException e) {
      System.err.println("gauntlet-platform " + service + ": " + e.getMessage());
      System.exit(2);
    }
  }

  /**
   * A container has no shell to redirect its output: {@code GAUNTLET_LOG_FILE} makes the service
   * append stdout and stderr to that file itself, as a local process's redirect would.
   */
  private static void logToFileIfAsked(String file) {
    if (file == null || file.isBlank()) {
      return;
    }
    try {
      PrintStream out = new PrintStream(new FileOutputStream(file, true), true);
      System.setOut(out);
      System.setErr(out);
    } catch (IOException e) {
      System.err.println("gauntlet-platform: cannot append to GAUNTLET_LOG_FILE " + file + ": " + e.getMessage());
    }
  }
}
