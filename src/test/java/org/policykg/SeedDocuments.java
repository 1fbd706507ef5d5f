package org.policykg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.policykg.normalize.NormalizedText;
import org.policykg.normalize.TextNormalizer;
import org.policykg.read.BadInputException;
import org.policykg.read.SourceReader;
import org.policykg.structure.metadata.DocumentMetadata;
import org.policykg.structure.metadata.DocumentMetadataReader;

/** The seed documents of {@code data/documents}, read and normalized as the pipeline does. */
public final class SeedDocuments {
    public static final Path DIR = Path.of("data/documents");
    private static final DocumentMetadataReader METADATA = new DocumentMetadataReader();

    private SeedDocuments() {
    }

    public static List<String> fileNames() throws Exception {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        }
    }

    /** The seed whose file name starts with the given number, e.g. {@code "000"}. */
    public static NormalizedText text(String seed) throws Exception {
        return normalize(new SourceReader().read(file(seed)).text());
    }

    public static DocumentMetadata metadata(String seed) throws Exception {
        return METADATA.read(file(seed).getFileName().toString(), text(seed));
    }

    public static Path file(String seed) throws Exception {
        return fileNames().stream().filter(n -> n.startsWith(seed)).findFirst().map(DIR::resolve)
                .orElseThrow(() -> new BadInputException(seed, "no such seed"));
    }

    public static NormalizedText normalize(String text) {
        return new TextNormalizer().normalize(text);
    }
}
