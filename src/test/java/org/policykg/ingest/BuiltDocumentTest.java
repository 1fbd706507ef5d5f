package org.policykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policykg.rdf.Iris;
import org.policykg.rdf.vocab.Eli;
import org.policykg.rdf.vocab.PolicyOntology;
import org.policykg.read.BadInputException;

/**
 * The facts the pipeline hands on beside the graph are the graph's own: the writer and the tally use them
 * instead of reading the RDF back, so they must agree with it for every shipped and held-out document.
 */
class BuiltDocumentTest {
    private static final DocumentPipeline PIPELINE = new DocumentPipeline(new Iris(Iris.DEFAULT_BASE));

    static Stream<Path> documents() throws IOException {
        List<Path> files = InputFiles.expand(List.of(Path.of("data", "documents"),
                Path.of("src", "test", "resources", "heldout", "documents")));
        assertThat(files).hasSizeGreaterThan(5);
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void theCitationCountAndChecksumAreThoseTheGraphHolds(Path file) throws BadInputException {
        BuiltDocument built = PIPELINE.build(file);

        long cites = built.graph().model().listStatements(null, Eli.cites, (RDFNode) null).toList().size();
        String checksum = built.graph().model().listStatements(null, PolicyOntology.checksum, (String) null)
                .nextOptional().map(Statement::getString).orElseThrow();
        assertThat(built.citations()).isEqualTo(cites);
        assertThat(built.checksum()).isEqualTo(checksum);
        assertThat(built.file()).isEqualTo(file);
    }
}
