package org.policykg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static Seed read(Path file) {
        try {
            NormalizedText text = new TextNormalizer().normalize(new SourceReader().read(file).text());
            return new Seed(file.getFileName().toString(), text, new OutlineReader().read(text, null));
        } catch (BadInputException e) {
            throw new IllegalStateException(e);
        }
    }
}
