package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The command line as a user runs it, in-process, over a real store in a temporary folder. */
class PolicyKgCommandTest {
    @TempDir
    Path tmp;
    @RegisterExtension
    final CommandLineRun cli = new CommandLineRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private String store() {
        return tmp.resolve("store").toString();
    }

    @Test
    void ingestReportsASummaryLineAndQueryReturnsTheContractColumns() {
        assertThat(run("ingest", "data/documents", "--store", store())).isZero();
        assertThat(cli.out()).matches("(?s)ingested 5 of 5 files: \\d+ triples in store, \\d+ citations, [\\d.]+ s\\s*");

        assertThat(run("query", "queries/citations.rq", "--store", store(), "--format", "tsv")).isZero();
        String tsv = cli.out();
        assertThat(tsv.lines().findFirst()).contains("?source\t?number\t?title");
        assertThat(tsv.lines().count()).isGreaterThan(50);
    }

    @Test
    void aFirstLoadIsCompactedAndSaysSoWhileAFewMoreDocumentsAreNot() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path later = Files.createDirectories(tmp.resolve("later"));
        try (var files = Files.list(Path.of("data", "documents"))) {
            List<Path> shipped = files.sorted().toList();
            for (Path f : shipped) {
                Path into = f.equals(shipped.get(shipped.size() - 1)) ? later : corpus;
                Files.copy(f, into.resolve(f.getFileName()));
            }
        }

        assertThat(run("ingest", corpus.toString(), "--store", store())).isZero();
        assertThat(cli.err()).contains("compacting").contains("compacted").contains("MB on disk");
        assertThat(generations()).containsExactly("Data-0002");

        assertThat(run("ingest", later.toString(), "--store", store())).isZero();
        assertThat(cli.err()).doesNotContain("compact");
        assertThat(generations()).containsExactly("Data-0002");

        assertThat(run("compact", "--store", store())).isZero();
        assertThat(cli.err()).contains("compacted");
        assertThat(generations()).containsExactly("Data-0003");
        assertThat(run("query", "queries/citations.rq", "--store", store(), "--format", "tsv")).isZero();
        assertThat(cli.out().lines().count()).isGreaterThan(50);
    }

    @Test
    void compactNeverLeavesTheStoreAsIngestWroteIt() {
        assertThat(run("ingest", "data/documents", "--store", store(), "--compact", "never")).isZero();
        assertThat(cli.err()).doesNotContain("compact");
        assertThat(generations()).containsExactly("Data-0001");
    }

    private List<String> generations() {
        try (var s = Files.list(tmp.resolve("store"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aBadFileMakesIngestExitNonZeroAndNamesTheFileOnStderr() throws Exception {
        Path bad = Files.writeString(tmp.resolve("坏 文件.txt"), "");

        assertThat(run("ingest", bad.toString(), "--store", store())).isEqualTo(1);
        assertThat(cli.err()).contains("坏 文件.txt").contains("empty");
    }

    @Test
    void validateConformsOnTheShippedCorpusAndExportWritesEveryGraph() {
        run("ingest", "data/documents", "--store", store());

        assertThat(run("validate", "--store", store())).isZero();
        assertThat(cli.out()).contains("conforms");
        assertThat(run("export", "--store", store(), "--format", "nq")).isZero();
        assertThat(cli.out().lines().map(l -> l.substring(l.lastIndexOf('<'))).distinct()
                .filter(g -> g.contains("/graph/document/")).count()).isEqualTo(5);
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsRefusedWithItsName() {
        run("ingest", "data/documents", "--store", store());

        assertThat(run("query", "queries/cited-by.rq", "--store", store(), "--param", "regulation=not an iri")).isEqualTo(2);
        assertThat(cli.err()).contains("regulation");
    }

    @Test
    void aRegulationNumberWrittenAnotherWayFindsItAndAnUnknownOneIsSaidWithTheNearest() {
        run("ingest", "data/documents", "--store", store());

        assertThat(run("query", "queries/cited-by.rq", "--store", store(), "--format", "tsv", "--param", "number=国海发[2017]2")).isZero();
        assertThat(cli.out().lines().skip(1)).hasSize(2).allSatisfy(l -> assertThat(l).contains("国海发〔2017〕2号"));

        assertThat(run("query", "queries/cited-by.rq", "--store", store(), "--param", "number=国海发(2017)3号")).isEqualTo(2);
        assertThat(cli.err()).contains("not in the store").contains("nearest").contains("国海发〔2017〕2号")
                .doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(run("query", "queries/indicator-across-cities.rq", "--store", store(), "--format", "tsv", "--param", "concept=tree-cover")).isZero();
        assertThat(cli.out().lines().count()).isGreaterThan(1);
    }

    @Test
    void theTextTableKeepsChineseColumnsInLine() {
        run("ingest", "data/documents", "--store", store());

        assertThat(run("query", "queries/cited-by.rq", "--store", store(), "--format", "text")).isZero();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines).hasSizeGreaterThan(10);
        assertThat(lines.stream().anyMatch(l -> l.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))).isTrue();
        // a terminal gives Han characters and full-width forms (〔〕《》（）) two columns each
        assertThat(lines.stream().map(PolicyKgCommandTest::columns).distinct()).hasSize(1);
    }

    private static int columns(String line) {
        return line.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS ? 2 : 1).sum();
    }
}
