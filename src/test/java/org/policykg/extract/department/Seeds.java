package org.policykg.extract.department;

import java.util.List;

import org.policykg.normalize.NormalizedText;
import org.policykg.normalize.TextNormalizer;
import org.policykg.structure.Outline;
import org.policykg.structure.OutlineReader;
import org.policykg.testing.SeedDocuments;

/** The seed documents with their assignments, and made-up documents for patterns the seeds do not use. */
final class Seeds {
    record Doc(String fileName, NormalizedText text, Outline outline) {
        List<Assignment> assignments() {
            return new DepartmentExtractor().extract(text, outline, null);
        }
    }

    private Seeds() {
    }

    static Doc load(String prefix) {
        return doc(SeedDocuments.seed(prefix));
    }

    static List<Doc> all() {
        return SeedDocuments.all().stream().map(Seeds::doc).toList();
    }

    /** A made-up document, for patterns the seeds do not use. */
    static Doc of(String text) {
        NormalizedText t = new TextNormalizer().normalize(text);
        return new Doc("synthetic", t, new OutlineReader().read(t, null));
    }

    private static Doc doc(SeedDocuments.Seed seed) {
        return new Doc(seed.fileName(), seed.text(), seed.outline());
    }
}
