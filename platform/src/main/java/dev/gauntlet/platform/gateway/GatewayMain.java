package dev.gauntlet.platform.gateway;

import dev.gauntlet.platform.common.ServiceProcess;
import dev.gauntlet.platform.common.StartupException;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Entry point of the gateway service: {@code gateway --scheduler URL [options]}. */
public final class GatewayMain {

  private GatewayMain() {}

  public static void main(String[] args) {
    GatewayConfig config = GatewayConfig.from(args);
    ServiceProcess.exitWhenOwnerEnds(config.ownerPid(), "gateway");
    // epoll when the platform has it (Linux x86-64): the proxy path makes a syscall or two per frame
    Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true));
    GatewayServer server = new GatewayServer(vertx, config);
    int port;
    try {
      port = server.start().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException | InterruptedException e) {
      vertx.close();
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      throw new StartupException(
          "cannot listen on " + config.host() + ":" + config.port() + " (--port): " + cause.getMessage(),
          "the port is in use or the address is not local; pick another --port, or 0 for a free one",
          cause);
    }
    ServiceProcess.writePortFile(config.portFile(), port);
    ServiceProcess.log("gateway", "listening on " + config.host() + ":" + port
        + " scheduler=" + config.schedulerUri()
        + " placement-deadline=" + config.placementDeadline()
        + " upstream-timeout=" + config.upstreamTimeout()
        + " auth=" + config.auth().map(Object::toString).orElse("none (open)")
        + " max-client-frame-bytes=" + config.maxClientFrameBytes()
        + " transport=" + (vertx.isNativeTransportEnabled() ? "epoll" : "nio"));
  }
}
