package org.policykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

class VocabulariesTest {
    @Test
    void theVocabularyGraphHoldsTheOntologyAndEveryVocabularyFileOfTheFolder() throws Exception {
        Model loaded = Vocabularies.load();

        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("ontology", "vocab"))) {
            files = s.filter(p -> p.toString().endsWith(".ttl")).toList();
        }
        assertThat(files).hasSizeGreaterThan(3);
        assertThat(loaded.containsAll(withoutBlankNodes(RDFDataMgr.loadModel("ontology/policy.ttl")))).isTrue();
        for (Path file : files) {
            assertThat(loaded.containsAll(withoutBlankNodes(RDFDataMgr.loadModel(file.toString())))).as(file.toString()).isTrue();
        }
    }

    /** Blank nodes are renamed when parsed again, so only the statements without one are compared. */
    private static Model withoutBlankNodes(Model m) {
        Model out = ModelFactory.createDefaultModel();
        m.listStatements().filterDrop(st -> st.getSubject().isAnon() || st.getObject().isAnon()).forEachRemaining(out::add);
        return out;
    }
}
