package org.policykg.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.bench.CorpusGenerator;
import org.policykg.ingest.DocumentPipeline;
import org.policykg.rdf.Iris;
import org.policykg.support.Seeds;

/**
 * {@link ShaclCheck#check} gives what Jena's validator gives ({@link ShaclCheck#validate}): the same
 * entries in the same order, for every graph of the seeds and a synthetic corpus as extracted, and for
 * graphs broken on purpose in each kind of constraint, the SPARQL one included.
 */
class ShaclCheckTest {
    private static final String PKG = "https://w3id.org/policykg/ontology#";
    private static final String ELI = "http://data.europa.eu/eli/ontology#";
    private static final ShaclCheck SHACL = new ShaclCheck();
    private static final List<Graph> EXTRACTED = new ArrayList<>();

    @BeforeAll
    static void extract(@TempDir Path dir) throws Exception {
        new CorpusGenerator(7).write(dir, 60);
        DocumentPipeline pipeline = new DocumentPipeline(new Iris(Iris.DEFAULT_BASE));
        try (Stream<Path> files = Stream.concat(Files.list(Seeds.DIR), Files.list(dir))) {
            for (Path file : files.sorted().toList()) {
                EXTRACTED.add(pipeline.build(file).graph().model().getGraph());
            }
        }
    }

    @Test
    void givesJenasEntriesForEveryExtractedGraph() {
        int withEntries = 0;
        for (Graph g : EXTRACTED) {
            withEntries += sameAsJena(g) > 0 ? 1 : 0;
        }
        assertThat(EXTRACTED).hasSizeGreaterThan(60);
        assertThat(withEntries).as("the seeds have warnings").isPositive();
    }

    @Test
    void givesJenasViolationsForABrokenDocument() {
        Model m = copy(EXTRACTED.get(0));
        Resource doc = m.listSubjectsWithProperty(RDF.type, m.createResource(PKG + "PolicyDocument")).next();
        m.removeAll(doc, m.createProperty(ELI + "title"), null);
        m.add(doc, m.createProperty(PKG + "checksum"), "not a checksum");
        m.add(doc, m.createProperty(PKG + "script"), "en");

        assertThat(sameAsJena(m.getGraph())).isGreaterThanOrEqualTo(3);
        assertThat(text(m.getGraph())).contains("a document needs a title", "Pattern[", "InConstraint[", "violation");
    }

    @Test
    void givesJenasViolationsWhereAnOrOrAClassFails() {
        Model m = copy(EXTRACTED.get(0));
        Resource section = m.listSubjectsWithProperty(RDF.type, m.createResource(PKG + "Section")).next();
        m.removeAll(section, m.createProperty(ELI + "is_part_of"), null);
        m.add(section, m.createProperty(ELI + "is_part_of"), m.createResource("https://example.org/untyped"));
        Resource body = m.listSubjectsWithProperty(RDF.type, m.createResource("http://www.w3.org/ns/org#Organization")).next();
        m.removeAll(body, RDF.type, null);
        m.add(body, RDF.type, m.createResource(PKG + "Task"));

        assertThat(sameAsJena(m.getGraph())).isGreaterThan(1);
        assertThat(text(m.getGraph())).contains("eli/ontology#is_part_of", "Or", "ClassConstraint", "Expected class");
    }

    /** A typed edge without its eli:cites twin: the SPARQL constraint, left out only when it cannot fire. */
    @Test
    void givesJenasReportOfTheSparqlConstraint() {
        Graph g = copy(EXTRACTED.get(0)).getGraph();
        Node doc = g.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(PKG + "PolicyDocument")).next().getSubject();
        Node regulation = NodeFactory.createURI("https://example.org/regulation");
        g.add(Triple.create(regulation, RDF.type.asNode(), NodeFactory.createURI(PKG + "Regulation")));
        g.add(Triple.create(regulation, NodeFactory.createURI(ELI + "title"), NodeFactory.createLiteralLang("某办法", "zh-Hans")));
        g.add(Triple.create(doc, NodeFactory.createURI(ELI + "based_on"), regulation));

        assertThat(TypedCitationEdges.allCited(g)).isFalse();
        assertThat(sameAsJena(g)).isPositive();
        assertThat(text(g)).contains("violation at", "every typed citation edge is also an eli:cites edge");
        g.add(Triple.create(doc, NodeFactory.createURI(ELI + "cites"), regulation));
        assertThat(TypedCitationEdges.allCited(g)).isTrue();
        sameAsJena(g);
    }

    /** The shape left out is the one TypedCitationEdges reads, with the query it reads. */
    @Test
    void theShapeLeftOutHoldsOnlyTheQueryTypedCitationEdgesReads() {
        Model shapes = RDFDataMgr.loadModel("ontology/shapes.ttl");
        Resource shape = shapes.createResource(TypedCitationEdges.SHAPE.getURI());
        String sh = "http://www.w3.org/ns/shacl#";
        List<String> targets = shape.listProperties(shapes.createProperty(sh + "targetSubjectsOf"))
                .mapWith(s -> s.getObject().asResource().getURI()).toList();
        Resource sparql = shape.getPropertyResourceValue(shapes.createProperty(sh + "sparql"));
        String query = sparql.getProperty(shapes.createProperty(sh + "select")).getString().replaceAll("\\s+", " ").strip();

        assertThat(targets).containsExactlyInAnyOrder(ELI + "based_on", ELI + "implements",
                "http://purl.org/dc/terms/conformsTo", PKG + "plans");
        assertThat(query).endsWith("SELECT $this ?value WHERE { $this eli:based_on|eli:implements|dcterms:conformsTo|pkg:plans ?value ."
                + " FILTER NOT EXISTS { $this eli:cites ?value } }");
        assertThat(shape.listProperties().toList()).hasSize(7); // a, four targets, message, sparql
    }

    /** Checks both ways and returns the number of entries. */
    private static int sameAsJena(Graph g) {
        ValidationReport jena = SHACL.validate(g);
        ValidationReport check = SHACL.check(g);
        assertThat(entries(check)).isEqualTo(entries(jena));
        assertThat(ReportText.of("f", check)).isEqualTo(ReportText.of("f", jena));
        return jena.getEntries().size();
    }

    private static List<String> entries(ValidationReport r) {
        List<String> out = new ArrayList<>();
        for (ReportEntry e : r.getEntries()) {
            out.add(e.severity() + " " + e.focusNode() + " " + e.resultPath() + " " + e.value() + " " + e.sourceConstraintComponent()
                    + " " + e.message());
        }
        return out;
    }

    private static String text(Graph g) {
        return ReportText.of("f", SHACL.check(g));
    }

    private static Model copy(Graph g) {
        Model m = ModelFactory.createDefaultModel();
        m.getGraph().getPrefixMapping().setNsPrefixes(g.getPrefixMapping());
        g.find().forEachRemaining(m.getGraph()::add);
        return m;
    }
}
