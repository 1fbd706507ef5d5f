package org.policykg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.rdf.DocumentGraph;
import org.policykg.rdf.vocab.Eli;
import org.policykg.rdf.vocab.PolicyOntology;
import org.policykg.support.Seeds;
import org.policykg.support.TempStore;

class IngesterTest {
    @TempDir
    Path tmp;

    @Test
    void theShippedCorpusIsStoredOneNamedGraphPerDocument() {
        try (TempStore s = new TempStore(tmp.resolve("store"))) {
            IngestSummary summary = s.ingest(Seeds.DIR);

            assertThat(summary.ok()).as(s.errors()).isTrue();
            assertThat(summary.stored()).isEqualTo(5);
            assertThat(summary.citations()).isGreaterThan(50);
            long documentGraphs = s.store.read(ds -> org.apache.jena.atlas.iterator.Iter.asStream(ds.listModelNames())
                    .filter(r -> r.getURI().contains("/graph/document/")).count());
            assertThat(documentGraphs).isEqualTo(5);
        }
    }

    @Test
    void ingestingTwiceGivesTheSameStore() {
        try (TempStore s = new TempStore(tmp.resolve("store"))) {
            s.ingest(Seeds.DIR);
            Dataset first = s.snapshot();
            s.ingest(Seeds.DIR);

            assertThat(TempStore.sameContent(first, s.snapshot())).isTrue();
        }
    }

    @Test
    void theOrderOfIngestDoesNotChangeTheGraph() {
        try (TempStore forward = new TempStore(tmp.resolve("a")); TempStore backward = new TempStore(tmp.resolve("b"))) {
            forward.ingest(Seeds.path(Seeds.NANTONG_2018), Seeds.path(Seeds.WEIHAI_ETDZ));
            backward.ingest(Seeds.path(Seeds.WEIHAI_ETDZ), Seeds.path(Seeds.NANTONG_2018));

            assertThat(TempStore.sameContent(forward.snapshot(), backward.snapshot())).isTrue();
        }
    }

    @Test
    void aRegulationCitedByNumberInTraditionalScriptAndByTitleInSimplifiedIsOneNode() {
        try (TempStore s = new TempStore(tmp.resolve("store"))) {
            s.ingest(Seeds.path(Seeds.WEIHAI_ETDZ), Seeds.path(Seeds.NANTONG_2018));

            Resource regulation = s.store.read(ds -> ds.getUnionModel()
                    .createResource(s.iris.regulationByNumber("国海发〔2017〕2号")));
            long citing = s.store.read(ds -> ds.getUnionModel().listSubjectsWithProperty(Eli.cites, regulation).toList().size());
            long titleOnlyNodes = s.store.read(ds -> ds.getUnionModel()
                    .listSubjectsWithProperty(PolicyOntology.titleKey, "海岸线保护与利用管理办法").toList().size());
            assertThat(citing).as("Nantong (Traditional, numbered) and Weihai (title only)").isEqualTo(2);
            assertThat(titleOnlyNodes).isEqualTo(1);
        }
    }

    @Test
    void oneBodyUnderSeveralNamesInACityIsOneNodeTypedAndPartOfItsGovernment() {
        try (TempStore s = new TempStore(tmp.resolve("store"))) {
            s.ingest(Seeds.path(Seeds.NANTONG_2018));

            var model = s.store.read(ds -> {
                var m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
                m.add(ds.getUnionModel());
                return m;
            });
            Resource body = model.createResource(s.iris.body("南通市", "南通市环境保护局"));
            assertThat(model.listObjectsOfProperty(body, org.apache.jena.vocabulary.SKOS.altLabel).toList())
                    .extracting(n -> n.asLiteral().getString()).contains("市环保局", "环保局");
            assertThat(model.listSubjectsWithProperty(PolicyOntology.leadBody, body).toList()).hasSizeGreaterThan(5);
            assertThat(body.getPropertyResourceValue(PolicyOntology.departmentType).getURI()).endsWith("/environment");
            assertThat(body.getPropertyResourceValue(org.apache.jena.vocabulary.ORG.subOrganizationOf).getURI())
                    .isEqualTo(s.iris.body("南通市", "南通市人民政府"));
        }
    }

    @Test
    void aBadFileIsRejectedByNameAndTheStoreIsUnchanged() throws IOException {
        try (TempStore s = new TempStore(tmp.resolve("store"))) {
            s.ingest(Seeds.DIR);
            Dataset before = s.snapshot();
            Path empty = Files.writeString(tmp.resolve("empty.txt"), "  \n");
            Path binary = Files.write(tmp.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 0, 7});

            IngestSummary summary = s.ingest(empty, binary);

            assertThat(summary.ok()).isFalse();
            assertThat(summary.failures()).hasSize(2);
            assertThat(s.errors()).contains("empty.txt", "empty").contains("binary.txt");
            assertThat(TempStore.sameContent(before, s.snapshot())).isTrue();
        }
    }

    @Test
    void aShaclViolationStopsTheDocumentWithAReportAndStoresNothingOfIt() {
        try (TempStore s = new TempStore(tmp.resolve("store"))) {
            s.ingest(Seeds.path(Seeds.GANZHOU));
            Dataset before = s.snapshot();
            DocumentPipeline pipeline = new DocumentPipeline(s.iris);
            Ingester broken = s.ingester(file -> withoutTitle(pipeline.build(file)));

            IngestSummary summary = broken.ingest(java.util.List.of(Seeds.path(Seeds.JIAXING_PORT)), s.store);

            assertThat(summary.stored()).isZero();
            assertThat(s.errors()).contains(Seeds.JIAXING_PORT).contains("violation")
                    .contains("eli/ontology#title").contains("a document needs a title");
            assertThat(TempStore.sameContent(before, s.snapshot())).isTrue();
        }
    }

    @Test
    void aUnitThatFailsWhileBeingWrittenIsRedoneOneDocumentAtATimeSoOnlyTheFailingOneIsLost() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (String seed : java.util.List.of(Seeds.NANTONG_2018, Seeds.NANTONG_ETDZ, Seeds.JIAXING_PORT, Seeds.WEIHAI_ETDZ, Seeds.GANZHOU)) {
            Files.copy(Seeds.path(seed), corpus.resolve(seed));
        }
        String failing = Seeds.JIAXING_PORT;
        try (TempStore s = new TempStore(tmp.resolve("store")); TempStore reference = new TempStore(tmp.resolve("reference"))) {
            IngestSummary summary = s.ingester(null).ingest(java.util.List.of(corpus), new FailingWrites(s.store, failing));

            assertThat(summary.stored()).isEqualTo(4);
            assertThat(summary.failures()).singleElement().asString().contains(failing).contains("internal error").contains("disk full");
            Files.delete(corpus.resolve(failing));
            reference.ingest(corpus);
            assertThat(TempStore.sameContent(reference.snapshot(), s.snapshot())).isTrue();
        }
    }

    /** The store as it is, except that writing the document read from one file fails (a full disk, say). */
    private record FailingWrites(org.policykg.store.KnowledgeStore store, String fileName) implements org.policykg.store.GraphStore {
        @Override
        public void writeBatch(java.util.function.Consumer<org.policykg.store.DocumentWriter> body) {
            store.writeBatch(writer -> body.accept(new org.policykg.store.DocumentWriter() {
                @Override
                public java.util.Optional<String> storedCopy(String checksum, String ownFileName) {
                    return writer.storedCopy(checksum, ownFileName);
                }

                @Override
                public void replaceDocument(DocumentGraph graph) {
                    writer.replaceDocument(graph);
                    if (graph.fileName().equals(fileName)) {
                        throw new IllegalStateException("disk full");
                    }
                }
            }));
        }

        @Override
        public void replaceGraph(String graphIri, org.apache.jena.rdf.model.Model model) {
            store.replaceGraph(graphIri, model);
        }

        @Override
        public <T> T query(org.apache.jena.query.Query query, java.util.Map<String, org.apache.jena.graph.Node> bindings,
                java.util.function.Function<org.apache.jena.query.QueryExecution, T> action) {
            return store.query(query, bindings, action);
        }

        @Override
        public <T> T read(java.util.function.Function<Dataset, T> action) {
            return store.read(action);
        }

        @Override
        public long quadCount() {
            return store.quadCount();
        }

        @Override
        public String location() {
            return store.location();
        }

        @Override
        public void close() {
        }
    }

    private static org.policykg.ingest.BuiltDocument withoutTitle(org.policykg.ingest.BuiltDocument built) {
        DocumentGraph graph = built.graph();
        graph.model().removeAll(graph.model().createResource(graph.documentIri()), Eli.title, null);
        return built;
    }

    @Test
    void twoFilesOfTheSameDocumentAreSaidToReplaceOneAnotherNamingBoth() throws Exception {
        // Not byte-identical (that is skipped as a copy), but the same 发文字号: one document node.
        byte[] seed = java.nio.file.Files.readAllBytes(org.policykg.support.Seeds.path(org.policykg.support.Seeds.GANZHOU));
        Path dir = java.nio.file.Files.createDirectories(tmp.resolve("variants"));
        java.nio.file.Files.write(dir.resolve("a_variant.txt"), seed);
        byte[] changed = (new String(seed, java.nio.charset.StandardCharsets.UTF_8) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.nio.file.Files.write(dir.resolve("b_variant.txt"), changed);
        try (TempStore s = new TempStore(tmp.resolve("store"))) {
            IngestSummary summary = s.ingest(dir);

            assertThat(summary.stored()).isEqualTo(2);
            assertThat(summary.replaced()).singleElement().satisfies(m -> assertThat(m).contains("a_variant.txt").contains("b_variant.txt"));
            assertThat(summary.line()).contains("1 replaced");
            assertThat(s.errors()).contains("warning: b_variant.txt and a_variant.txt are the same document");
        }
    }
}
