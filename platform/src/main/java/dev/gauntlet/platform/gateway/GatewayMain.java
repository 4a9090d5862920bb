package dev.gauntlet.platform.gateway;

/** Entry point of the gateway service (placeholder until its helper lands it). */
public final class GatewayMain {
  private GatewayMain() {}

  public static void main(String[] args) {
    throw new UnsupportedOperationException("gateway not built yet");
  }
}
