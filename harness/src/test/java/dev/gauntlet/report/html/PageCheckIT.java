package dev.gauntlet.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser check catches what it looks for: a console error, an exception, a fetch, an empty chart, a blank page. */
class PageCheckIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @TempDir
  Path dir;

  @Test
  void aPageThatErrsFetchesAndDrawsNothingIsCaughtOnEachCount() throws IOException {
    Path page = dir.resolve("bad.html");
    Files.writeString(page, """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>bad</title></head><body style="background:#fff">
        <svg class="chart" id="empty" viewBox="0 0 100 50"><path class="mark" d=""/></svg>
        <img src="http://127.0.0.1:9/nothing.png" alt="">
        <script>console.error('broken on purpose'); undefinedFunction();</script>
        </body></html>
        """);

    PageCheck check;
    try (Chromium chromium = Chromium.start(Chromium.requireOrSkip(), TIMEOUT)) {
      check = PageCheck.of(chromium, page, TIMEOUT);
    }

    assertThat(check.problems()).anySatisfy(p -> assertThat(p).contains("console.error: broken on purpose"))
        .anySatisfy(p -> assertThat(p).startsWith("exception:").contains("undefinedFunction"));
    assertThat(check.requests()).contains("http://127.0.0.1:9/nothing.png");
    assertThat(check.charts()).singleElement().satisfies(c -> assertThat(c.drawn()).isFalse());
    assertThat(Screenshot.of(check.png()).blank()).isTrue();
  }
}
