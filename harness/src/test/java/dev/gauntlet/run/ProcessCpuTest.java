package dev.gauntlet.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CPU seconds from a /proc/<pid>/stat line: utime + stime (fields 14 and 15) in clock ticks. */
class ProcessCpuTest {

  @Test
  void addsUserAndSystemTicksAfterANameWithSpacesAndParentheses() {
    String stat = "4242 (java (pod) x) S 1 4242 4242 0 -1 4194560 9000 0 0 0 1234 266 0 0 20 0 30 0 100 0 0";
    assertThat(ProcessCpu.parse(stat)).hasValue(15.0);
  }

  @Test
  void aTruncatedLineHasNoReading() {
    assertThat(ProcessCpu.parse("4242 (java) S 1 2")).isEmpty();
    assertThat(ProcessCpu.parse("garbage")).isEmpty();
  }

  @Test
  void thisJvmHasUsedSomeCpu() {
    assertThat(ProcessCpu.seconds(ProcessHandle.current().pid())).isPresent();
    assertThat(ProcessCpu.seconds(Long.MAX_VALUE)).as("no such process").isEmpty();
  }
}
