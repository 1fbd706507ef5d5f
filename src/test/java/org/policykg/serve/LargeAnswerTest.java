package org.policykg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.ResultSetFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.query.SavedQueries;
import org.policykg.query.SavedQuery;

/**
 * A saved-query answer larger than the in-memory limit (a whole-corpus table of a big store) is
 * written to a file as it is computed, sent whole, and kept: the next request is sent from the file.
 */
class LargeAnswerTest {
    @TempDir
    Path answers;

    @Test
    void aWholeCorpusAnswerPastTheInMemoryLimitIsSentWholeAndThenFromItsFile() throws IOException {
        ServedSeeds served = startWithInMemoryLimit(2048);
        try {
            HttpResponse<String> first = served.http.get("/api/queries/task-departments", "Accept", "text/csv");
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(filesHolding(first.body())).as("kept in a file").isOne();

            HttpResponse<String> again = served.http.get("/api/queries/task-departments", "Accept", "text/csv");

            SavedQuery query = SavedQueries.fromFile(Path.of("queries/task-departments.rq"));
            long rows = served.store.store.query(query.parse(), query.bind(Map.of()), exec -> (long) ResultSetFormatter.consume(exec.execSelect()));
            assertThat(first.body().length()).isGreaterThan(2048);
            assertThat(first.body().lines().count()).as("header and every row").isEqualTo(rows + 1);
            assertThat(first.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.body()).isEqualTo(first.body());
            assertThat(again.headers().firstValue("Content-Length")).hasValue(first.headers().firstValue("Content-Length").orElseThrow());
            assertThat(filesHolding(first.body())).as("not computed again").isOne();
        } finally {
            served.close();
        }
        try (Stream<Path> left = Files.list(answers)) {
            assertThat(left).as("the folder of kept answers goes with the server").isEmpty();
        }
    }

    private ServedSeeds startWithInMemoryLimit(int bytes) {
        System.setProperty("policykg.answers.dir", answers.toString());
        System.setProperty("policykg.answers.in-memory-limit", String.valueOf(bytes));
        try {
            return ServedSeeds.start(null);
        } finally {
            System.clearProperty("policykg.answers.dir");
            System.clearProperty("policykg.answers.in-memory-limit");
        }
    }

    /** Other answers are kept in files too (the default answers, computed after start-up). */
    private long filesHolding(String body) throws IOException {
        try (Stream<Path> files = Files.walk(answers)) {
            return files.filter(Files::isRegularFile).filter(f -> body.equals(read(f))).count();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return null; // deleted meanwhile
        }
    }
}
