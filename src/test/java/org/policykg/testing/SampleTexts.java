package org.policykg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.policykg.bench.CorpusGenerator;
import org.policykg.normalize.NormalizedText;
import org.policykg.normalize.TextNormalizer;
import org.policykg.read.BadInputException;
import org.policykg.read.SourceReader;
import org.policykg.structure.OutlineReader;
import org.policykg.structure.Task;

/**
 * Real text to hold a fast path against the rule it stands in for: every line and every task's text of
 * the seed documents, the held-out documents and a slice of the synthetic corpus, as the pipeline
 * normalizes them. Each distinct string once.
 */
public final class SampleTexts {
    private static final Path HELD_OUT = Path.of("src/test/resources/heldout/documents");
    private static final int CORPUS_DOCUMENTS = 120;
    private static List<String> cached;

    private SampleTexts() {
    }

    public static synchronized List<String> linesAndTasks() {
        if (cached == null) {
            Set<String> out = new LinkedHashSet<>();
            for (Path file : files()) {
                NormalizedText text = read(file);
                out.addAll(List.of(text.text().split("\n")));
                for (Task task : new OutlineReader().read(text, null).tasks()) {
                    out.add(task.text());
                }
            }
            cached = List.copyOf(out);
        }
        return cached;
    }

    /**
     * Every seed and held-out document's whole text, as read from its file and as normalized: for fast paths
     * that run on raw text (reading, numbers) as well as on the pipeline's.
     */
    public static List<String> documentsRawAndNormalized() {
        List<String> texts = new ArrayList<>();
        for (Path dir : List.of(SeedDocuments.DIR, HELD_OUT)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    String raw = Files.readString(f);
                    texts.add(raw);
                    texts.add(new TextNormalizer().normalize(raw).text());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }

    private static List<Path> files() {
        try {
            Path corpus = Files.createTempDirectory("sample-texts");
            new CorpusGenerator(42).write(corpus, CORPUS_DOCUMENTS);
            List<Path> out = new ArrayList<>();
            for (Path dir : List.of(SeedDocuments.DIR, HELD_OUT, corpus)) {
                try (Stream<Path> s = Files.list(dir)) {
                    out.addAll(s.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static NormalizedText read(Path file) {
        try {
            return new TextNormalizer().normalize(new SourceReader().read(file).text());
        } catch (BadInputException e) {
            throw new IllegalStateException(e);
        }
    }
}
