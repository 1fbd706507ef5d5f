package org.policykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The ingest's progress: a bar drawn by the progressbar library on a terminal, plain lines on request, nothing otherwise. */
class ProgressTest {

    private static String shown(Progress progress, ByteArrayOutputStream bytes) {
        for (int done = 1; done <= 4; done++) {
            progress.update(done, 4, "file" + done + ".txt");
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aTerminalGetsTheLibrarysBarEndingCleared() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String shown = shown(new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true), bytes);

        assertThat(shown).contains("ingest").contains("4/4").contains("100%").contains("\r");
        // redrawn in place with carriage returns (how often depends on timing), not a line a file
        assertThat(shown.chars().filter(c -> c == '\n').count()).as(shown).isLessThanOrEqualTo(1);
    }

    @Test
    void linesAreOnePerFileAndOffMeansNothing() {
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        ByteArrayOutputStream off = new ByteArrayOutputStream();

        assertThat(shown(Progress.lines(new PrintStream(lines, true, StandardCharsets.UTF_8)), lines).lines())
                .containsExactly("1/4 file1.txt", "2/4 file2.txt", "3/4 file3.txt", "4/4 file4.txt");
        assertThat(shown(new Progress(new PrintStream(off, true, StandardCharsets.UTF_8), false), off)).isEmpty();
    }
}
