package dev.gauntlet.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How metrics/ keeps a scrape and a process's memory: the parsing, without a process or a server. */
class ComponentMetricsFilesTest {

  @Test
  void laterScrapesKeepOnlyTheirSampleLines() {
    String body = "# HELP gateway_client_sockets_open client session sockets open now\n"
        + "# TYPE gateway_client_sockets_open gauge\ngateway_client_sockets_open 3.0\n";
    assertThat(Scrapes.samplesOnly(body)).isEqualTo("gateway_client_sockets_open 3.0\n");
  }

  @Test
  void theResidentSetComesFromVmRssInKibibytes() {
    String status = "Name:\tjava\nVmPeak:\t 4000 kB\nVmRSS:\t  183452 kB\nRssAnon:\t 1 kB\n";
    assertThat(ProcessMemory.parseStatus(status)).hasValue(183_452L * 1024);
    assertThat(ProcessMemory.parseStatus("Name:\tzombie\n")).isEmpty();
    assertThat(ProcessMemory.rssBytes(ProcessHandle.current().pid()).orElse(0)).isPositive();
  }
}
