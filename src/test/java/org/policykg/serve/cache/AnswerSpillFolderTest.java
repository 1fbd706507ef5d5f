package org.policykg.serve.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers are held in memory up to a limit and kept in a file past it; a discarded answer's file goes. */
class AnswerSpillFolderTest {
    private static final String TYPE = "text/csv; charset=UTF-8";

    @TempDir
    Path dir;

    private final String table = "source,title\n" + "g000001.txt,南通市生态文明建设规划\n".repeat(200);

    @Test
    void anAnswerWithinTheLimitIsHeldInMemory() throws IOException {
        try (AnswerSpillFolder files = new AnswerSpillFolder(dir, 1 << 20)) {
            CachedAnswer answer = written(files);

            assertThat(answer).isInstanceOf(InMemoryAnswer.class);
            assertThat(new String(((InMemoryAnswer) answer).body(), StandardCharsets.UTF_8)).isEqualTo(table);
            assertThat(filesIn(dir)).isZero();
        }
    }

    @Test
    void anAnswerPastTheLimitIsKeptWholeInAFileThatWeighsAnEighthOfItsLength() throws IOException {
        try (AnswerSpillFolder files = new AnswerSpillFolder(dir, 100)) {
            CachedAnswer answer = written(files);

            assertThat(answer).isInstanceOf(OnDiskAnswer.class);
            OnDiskAnswer file = (OnDiskAnswer) answer;
            byte[] bytes = table.getBytes(StandardCharsets.UTF_8);
            assertThat(Files.readAllBytes(file.file())).isEqualTo(bytes);
            assertThat(file.length()).isEqualTo(bytes.length);
            assertThat(file.contentType()).isEqualTo(TYPE);
            assertThat(answer.weight()).isLessThan(bytes.length / 4);
        }
    }

    @Test
    void anAbandonedAnswerLeavesNoFile() throws IOException {
        try (AnswerSpillFolder files = new AnswerSpillFolder(dir, 100)) {
            SpillingAnswerStream out = files.newOutput();
            out.write(table.getBytes(StandardCharsets.UTF_8));
            assertThat(filesIn(dir)).isOne();

            out.abandon();

            assertThat(filesIn(dir)).isZero();
        }
    }

    @Test
    void aDiscardedAnswersFileIsDeletedAfterTheGraceTime() throws IOException {
        try (AnswerSpillFolder files = new AnswerSpillFolder(dir, 100, Duration.ofMillis(200))) {
            OnDiskAnswer answer = (OnDiskAnswer) written(files);

            answer.discard();

            assertThat(answer.file()).as("still there for a request that just took it").exists();
            await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(answer.file()));
        }
    }

    @Test
    void closingTheFolderDeletesItWithItsAnswers() throws IOException {
        Path folder = dir.resolve("answers");
        Files.createDirectories(folder);
        AnswerSpillFolder files = new AnswerSpillFolder(folder, 100);
        written(files);

        files.close();

        assertThat(folder).doesNotExist();
    }

    private CachedAnswer written(AnswerSpillFolder files) throws IOException {
        SpillingAnswerStream out = files.newOutput();
        byte[] bytes = table.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at < bytes.length; at += 37) {
            out.write(bytes, at, Math.min(37, bytes.length - at));
        }
        return out.answer(TYPE);
    }

    private static long filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
