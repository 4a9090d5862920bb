package dev.gauntlet.workers;

import java.io.IOException;

/**
 * The coordinator's clock minus this machine's, as NTP estimates it: of several round trips, the
 * shortest, whose reading is taken to be from its middle; the error is at most half that round trip.
 */
record ClockOffset(double millis, double roundTripMillis) {

  static final ClockOffset NONE = new ClockOffset(0, 0);

  /** Reads the coordinator's clock (epoch microseconds). */
  @FunctionalInterface
  interface Remote {
    long micros() throws IOException, InterruptedException;
  }

  static ClockOffset measure(Remote remote, int probes) throws IOException, InterruptedException {
    ClockOffset best = null;
    for (int i = 0; i < probes; i++) {
      long sent = nowMicros();
      long theirs = remote.micros();
      long received = nowMicros();
      ClockOffset probe = new ClockOffset((theirs - (sent + received) / 2.0) / 1000.0, (received - sent) / 1000.0);
      if (best == null || probe.roundTripMillis < best.roundTripMillis) {
        best = probe;
      }
    }
    return best;
  }

  /** This machine's clock, epoch microseconds (what the coordinator's {@code /v1/clock} answers with). */
  static long nowMicros() {
    java.time.Instant now = java.time.Instant.now();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
  }
}
