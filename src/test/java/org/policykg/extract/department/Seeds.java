package org.policykg.extract.department;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.policykg.normalize.NormalizedText;
import org.policykg.normalize.TextNormalizer;
import org.policykg.read.SourceReader;
import org.policykg.structure.Outline;
import org.policykg.structure.OutlineReader;

/** The seed documents of data/documents, read as the pipeline reads them. */
final class Seeds {
    static final Path DIR = Path.of("data/documents");

    record Doc(String fileName, NormalizedText text, Outline outline) {
        List<Assignment> assignments() {
            return new DepartmentExtractor().extract(text, outline, null);
        }
    }

    private Seeds() {
    }

    static Doc load(String prefix) {
        return all().stream().filter(d -> d.fileName().startsWith(prefix)).findFirst().orElseThrow();
    }

    static List<Doc> all() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.sorted().map(Seeds::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Doc read(Path file) {
        try {
            NormalizedText text = new TextNormalizer().normalize(new SourceReader().read(file).text());
            return new Doc(file.getFileName().toString(), text, new OutlineReader().read(text, null));
        } catch (Exception e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }

    /** A made-up document, for patterns the seeds do not use. */
    static Doc of(String text) {
        NormalizedText t = new TextNormalizer().normalize(text);
        return new Doc("synthetic", t, new OutlineReader().read(t, null));
    }
}
