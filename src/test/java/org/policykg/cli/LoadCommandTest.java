package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code policykg load} as a user runs it: a summary line, one-line errors naming the file, and the exit codes. */
class LoadCommandTest {
    private static final String QUAD = "<https://w3id.org/policykg/document/x> <http://purl.org/dc/terms/title> \"规划\" <https://w3id.org/policykg/graph/x> .\n";

    @TempDir
    Path tmp;
    @RegisterExtension
    final CommandLineRun cli = new CommandLineRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private Path gzipped(String name, String text) throws IOException {
        Path file = tmp.resolve(name);
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file))) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    @Test
    void aLoadSaysWhatItBuiltAndTheStoreAnswersQueries() throws IOException {
        Path part = gzipped("part-00000.nq.gz", QUAD);
        String store = tmp.resolve("store").toString();

        assertThat(run("load", part.toString(), "--store", store, "--loader", "basic")).isZero();
        assertThat(cli.out()).containsPattern("loaded 1 part into .*store: [\\d,]+ quads \\(and the vocabularies' graph\\), basic loader");
        assertThat(cli.err()).contains("part 1 of 1: " + part);

        Path count = Files.writeString(tmp.resolve("count.rq"), "# title: t\n# description: d\nSELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/policykg/graph/x> { ?s ?p ?o } }");
        assertThat(run("query", count.toString(), "--store", store, "--format", "csv")).isZero();
        assertThat(cli.out().lines().skip(1).findFirst()).contains("1");
    }

    @Test
    void aMalformedPartExitsOneNamingFileAndLineAndLeavesNoStore() throws IOException {
        Path bad = gzipped("part-00001.nq.gz", QUAD + "junk <https://w3id.org/policykg/p> \"o\" .\n" + QUAD);
        Path store = tmp.resolve("store");

        assertThat(run("load", bad.toString(), "--store", store.toString())).isEqualTo(1);
        assertThat(cli.err()).containsPattern("error: .*part-00001\\.nq\\.gz:2:1: not N-Quads: .*; nothing was loaded");
        assertThat(store).doesNotExist();
    }

    @Test
    void aLiteralThatDoesNotFitItsDatatypeIsLoadedAsWrittenNotRefused() throws IOException {
        Path part = Files.writeString(tmp.resolve("part.nq"), QUAD
                + "<https://w3id.org/policykg/target/1> <https://w3id.org/policykg/ontology#year> \"二〇二〇\"^^<http://www.w3.org/2001/XMLSchema#integer> <https://w3id.org/policykg/graph/x> .\n");

        assertThat(run("load", part.toString(), "--store", tmp.resolve("store").toString())).isZero();
        assertThat(cli.out()).containsPattern("loaded 1 part into .*: 2 quads \\(and the vocabularies' graph\\)");
    }

    @Test
    void aStoreWithDataIsRefusedWithExitTwoAndPointedToIngest() throws IOException {
        Path part = Files.writeString(tmp.resolve("part.nq"), QUAD);
        String store = tmp.resolve("store").toString();
        assertThat(run("load", part.toString(), "--store", store)).isZero();

        assertThat(run("load", part.toString(), "--store", store)).isEqualTo(2);
        assertThat(cli.err().strip()).startsWith("error: " + store + " already holds a TDB2 store")
                .contains("policykg ingest").doesNotContain("Exception");
    }

    @Test
    void anUnknownLoaderIsAUsageError() {
        assertThat(run("load", "x.nq", "--store", tmp.resolve("s").toString(), "--loader", "fastest")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(cli.err()).contains("--loader").contains("PARALLEL").contains("fastest");
    }
}
