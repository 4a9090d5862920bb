package dev.gauntlet.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.measure.JournalReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveProgressTest {

  @TempDir
  Path dir;

  @Test
  void theLineCountsActiveDoneErrorsAndP95s() {
    LiveCounts counts = new LiveCounts();
    JournalReader.parse("j", """
        {"type":"session_started","vu":1}
        {"type":"session_started","vu":2}
        {"type":"first_render","vu":1,"ok":true,"ttfrMs":45.2}
        {"type":"first_render","vu":2,"ok":false,"ttfrMs":10000}
        {"type":"rerun","vu":1,"ok":true,"rerunMs":3.5}
        {"type":"session_ended","vu":2,"outcome":"failed"}
        {"type":"sess""").events().forEach(counts::accept);

    assertThat(counts.line(12)).isEqualTo("[  12s] active 1  done 1  errors 1  p95 ttfr 45 ms  p95 rerun 3.5 ms");
    assertThat(new LiveCounts().line(0)).isEqualTo("[   0s] active 0  done 0  errors 0  p95 ttfr -  p95 rerun -");
  }

  @Test
  void runIdsNameTheTimeTheScenarioAndFourHexDigits() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-22T22:30:00Z"), ZoneOffset.UTC);
    assertThat(RunId.of(clock, "Smoke Test", 0x1a2b)).matches("\\d{8}-\\d{6}-smoke-test-1a2b");
    assertThat(RunId.fresh(clock, "smoke", dir)).matches("\\d{8}-\\d{6}-smoke-[0-9a-f]{4}");
  }
}
