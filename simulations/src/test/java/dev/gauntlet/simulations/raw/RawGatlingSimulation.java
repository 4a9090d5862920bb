package dev.gauntlet.simulations.raw;

import static io.gatling.javaapi.core.CoreDsl.bodyBytes;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.ws;

import com.google.protobuf.CodedInputStream;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.WsFrameCheck;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The harness's session flow written as plain Gatling, with no Gauntlet code: page, health,
 * host-config, socket, a first run to script_finished, reruns with think time, close. The peer of
 * HarnessVsGatlingBenchmark; configured by raw.* system properties.
 */
public class RawGatlingSimulation extends Simulation {

  /** Runs that reached script_finished, for the benchmark to count interactions. */
  public static final AtomicLong RUNS = new AtomicLong();
  /** A BackMsg with an empty rerun_script: what a browser sends for a first run. */
  private static final byte[] RERUN = {0x5a, 0x02, 0x12, 0x00};
  private static final int SCRIPT_FINISHED_FIELD = 6;

  private final String base = System.getProperty("raw.gateway");
  private final String app = "/apps/" + System.getProperty("raw.app", "light");
  private final int users = Integer.getInteger("raw.users", 100);
  private final Duration ramp = Duration.ofMillis(Long.getLong("raw.rampMillis", 10_000));
  private final Duration hold = Duration.ofMillis(Long.getLong("raw.holdMillis", 30_000));
  private final Duration thinkMin = Duration.ofMillis(Long.getLong("raw.thinkMinMillis", 2_000));
  private final Duration thinkMax = Duration.ofMillis(Long.getLong("raw.thinkMaxMillis", 4_000));

  private static WsFrameCheck.Binary finished() {
    return ws.checkBinaryMessage("script_finished")
        .matching(bodyBytes().transform(RawGatlingSimulation::isScriptFinished).is(true));
  }

  private static final ChainBuilder COUNT = exec(session -> {
    if (!session.isFailed()) {
      RUNS.incrementAndGet();
    }
    return session;
  });

  /** True when a ForwardMsg has a top-level script_finished field. */
  static boolean isScriptFinished(byte[] forwardMsg) {
    try {
      CodedInputStream in = CodedInputStream.newInstance(forwardMsg);
      int tag;
      while ((tag = in.readTag()) != 0) {
        if (tag >>> 3 == SCRIPT_FINISHED_FIELD) {
          return true;
        }
        in.skipField(tag);
      }
    } catch (IOException e) {
      return false;
    }
    return false;
  }

  {
    ScenarioBuilder session = scenario("raw session").exec(
        http("page").get(app + "/"),
        http("health").get(app + "/_stcore/health"),
        http("host-config").get(app + "/_stcore/host-config"),
        ws("socket").connect(app + "/_stcore/stream").subprotocol("streamlit"),
        ws("first run").sendBytes(RERUN).await(Duration.ofSeconds(10)).on(finished()),
        COUNT,
        during(ramp.plus(hold)).on(
            exec(s -> s).pause(thinkMin, thinkMax),
            ws("rerun").sendBytes(RERUN).await(Duration.ofSeconds(10)).on(finished()),
            COUNT),
        ws("close").close());
    setUp(session.injectOpen(rampUsers(users).during(ramp)))
        .protocols(http.baseUrl(base).wsBaseUrl(base.replaceFirst("^http", "ws")))
        .maxDuration(ramp.plus(hold).plusSeconds(20));
  }
}
