package dev.gauntlet.measure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gauntlet.measure.JournalEvent.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalReaderTest {

  @TempDir
  Path dir;

  @Test
  void followingReturnsOnlyWholeLinesAndKeepsAHalfWrittenOneForLater() throws Exception {
    Path file = dir.resolve("journal.jsonl");
    JournalReader reader = JournalReader.follow(file);
    assertThat(reader.poll()).isEmpty();
    Files.writeString(file, "{\"t\":1,\"type\":\"progress\",\"active\":1}\n{\"t\":2,\"type\":\"prog");
    assertThat(reader.poll()).containsExactly(new Progress(1, 1, 0, 0));
    Files.writeString(file, "ress\",\"active\":2}\n", StandardOpenOption.APPEND);
    assertThat(reader.poll()).containsExactly(new Progress(2, 2, 0, 0));
    assertThat(reader.poll()).isEmpty();
    assertThat(reader.warnings()).isEmpty();
  }

  @Test
  void aReadSkipsACutLastLineAndLinesThatAreNotEventsWithWarnings() throws Exception {
    Path file = dir.resolve("journal.jsonl");
    Files.writeString(file, "{\"t\":1,\"type\":\"progress\",\"active\":1}\n[1,2]\n\n{\"no\":\"type\"}\n"
        + "{\"t\":2,\"type\":\"progress\",\"active\":2}\n{\"t\":3,\"ty");
    JournalContents c = JournalReader.read(file);
    assertThat(c.events()).containsExactly(new Progress(1, 1, 0, 0), new Progress(2, 2, 0, 0));
    assertThat(c.warnings()).containsExactly(file + " line 2 is not a journal event: ignored",
        file + " line 4 is not a journal event: ignored", file + " line 6 is cut short (a killed run?): ignored");
  }

  @Test
  void aWholeLastLineWithoutItsNewlineIsKept() throws Exception {
    Path file = dir.resolve("journal.jsonl");
    Files.writeString(file, "{\"t\":1,\"type\":\"progress\",\"active\":1}\n{\"t\":2,\"type\":\"progress\",\"active\":2}");
    assertThat(JournalReader.read(file).events()).containsExactly(new Progress(1, 1, 0, 0), new Progress(2, 2, 0, 0));
  }

  @Test
  void aReadAndAParseOfTheSameTextAgree() throws Exception {
    String text = "{\"t\":1,\"type\":\"progress\",\"active\":1}\nnot json\n{\"t\":2,\"type\":\"run_ended\",\"status\":\"completed\"}\n";
    Path file = dir.resolve("journal.jsonl");
    Files.writeString(file, text);
    assertThat(JournalReader.parse(file.toString(), text)).isEqualTo(JournalReader.read(file));
  }
}
