package org.policykg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.policykg.normalize.NormalizedText;
import org.policykg.normalize.TextNormalizer;
import org.policykg.read.BadInputException;
import org.policykg.read.SourceReader;
import org.policykg.structure.Outline;
import org.policykg.structure.OutlineReader;

/** The seed documents of {@code data/documents}, read and structured as the pipeline does. */
public final class SeedDocuments {
    public static final Path DIR = Path.of("data/documents");
    public static final Path HELD_OUT = Path.of("src/test/resources/heldout/documents");

    public record Seed(String fileName, NormalizedText text, Outline outline) {
    }

    private SeedDocuments() {
    }

    /** The seed whose file name starts with the prefix, e.g. "001". */
    public static Seed seed(String prefix) {
        return all().stream().filter(s -> s.fileName().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no seed " + prefix));
    }

    public static List<Seed> all() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(SeedDocuments::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seeds and the held-out documents, every one the reader accepts: for holding fast paths to plain ones. */
    public static List<Seed> seedsAndHeldOut() {
        List<Seed> all = new ArrayList<>(all());
        try (Stream<Path> files = Files.list(HELD_OUT)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                try {
                    all.add(readOrRefuse(f));
                } catch (BadInputException refused) {
                    // a refused document has no outline to look anything up in
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    private static Seed read(Path file) {
        try {
            return readOrRefuse(file);
        } catch (BadInputException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Seed readOrRefuse(Path file) throws BadInputException {
        NormalizedText text = new TextNormalizer().normalize(new SourceReader().read(file).text());
        return new Seed(file.getFileName().toString(), text, new OutlineReader().read(text, null));
    }
}
