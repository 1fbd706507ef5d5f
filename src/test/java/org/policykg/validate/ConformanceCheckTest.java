package org.policykg.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.bench.CorpusGenerator;
import org.policykg.ingest.DocumentPipeline;
import org.policykg.rdf.Iris;
import org.policykg.read.BadInputException;
import org.policykg.support.Seeds;

/**
 * {@link ConformanceCheck} says "no violation" exactly where Jena's validator finds none: on every graph
 * extracted from the seeds, the held-out documents and a synthetic corpus, and on graphs broken on
 * purpose in each kind of constraint of {@code shapes.ttl}; and it steps aside for shapes it does not know.
 */
class ConformanceCheckTest {
    static {
        JenaSystem.init(); // before the vocabulary constants below
    }

    private static final String PKG = "https://w3id.org/policykg/ontology#";
    private static final String ELI = "http://data.europa.eu/eli/ontology#";
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Node TYPE = RDF.type.asNode();
    private static final ShaclCheck SHACL = new ShaclCheck();
    private static final ConformanceCheck FAST = ConformanceCheck.compile(Shapes.parse(shapesGraph(""))).orElseThrow();
    private static final List<Graph> EXTRACTED = new ArrayList<>();

    @BeforeAll
    static void extract(@TempDir Path dir) throws Exception {
        new CorpusGenerator(11).write(dir, 60);
        DocumentPipeline pipeline = new DocumentPipeline(new Iris(Iris.DEFAULT_BASE));
        Path heldout = Path.of("src/test/resources/heldout/documents");
        try (Stream<Path> files = Stream.of(Files.list(Seeds.DIR), Files.list(heldout), Files.list(dir)).flatMap(s -> s)) {
            for (Path file : files.sorted().toList()) {
                try {
                    EXTRACTED.add(pipeline.build(file).graph().model().getGraph());
                } catch (BadInputException refused) {
                    // refused before validation: nothing to validate
                }
            }
        }
    }

    @Test
    void saysNoViolationForEveryExtractedGraphAsJenaDoes() {
        assertThat(EXTRACTED).hasSizeGreaterThan(70);
        int withWarnings = 0;
        for (Graph g : EXTRACTED) {
            assertThat(jenaHasNoViolation(g)).isTrue();
            assertThat(FAST.certainlyNoViolation(g)).isTrue();
            withWarnings += SHACL.check(g).getEntries().isEmpty() ? 0 : 1;
        }
        assertThat(withWarnings).as("graphs with warnings only also take the fast path").isPositive();
    }

    /**
     * The type masks read from one pass over rdf:type stand for {@code contains(node, rdf:type, class)} and
     * the instances for {@code find(ANY, rdf:type, class)}, on every extracted graph and on a node with two
     * classes, for every node of the graph and every class (one the shapes do not name among them).
     */
    @Test
    void typeMasksAndInstancesAgreeWithTheGraph() {
        List<Node> classes = new ArrayList<>(Stream.of("PolicyDocument", "Section", "Task", "Sentence", "Citation",
                "Regulation", "PlannedDocument").map(c -> uri(PKG + c)).toList());
        classes.add(uri(ORG + "Organization"));
        Map<Node, Integer> bits = new HashMap<>();
        for (Node c : classes) {
            bits.put(c, bits.size());
        }
        List<Graph> graphs = new ArrayList<>(EXTRACTED);
        graphs.add(variant(PKG + "Task", (g, task) -> g.add(task, TYPE, uri(PKG + "Sentence"))));
        for (Graph g : graphs) {
            CheckedGraph checked = CheckedGraph.of(g, CheckedGraph.Numbers.of(bits, Map.of()));
            Set<Node> nodes = new HashSet<>();
            g.find().forEachRemaining(t -> {
                nodes.add(t.getSubject());
                nodes.add(t.getObject());
            });
            for (Node c : classes) {
                int bit = bits.get(c);
                for (Node n : nodes) {
                    assertThat(checked.hasDirectType(bit, n)).isEqualTo(g.contains(n, TYPE, c));
                }
                assertThat(checked.instances(bit)).doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(g.find(Node.ANY, TYPE, c).mapWith(Triple::getSubject).toList());
            }
        }
    }

    @Test
    void aMissingRequiredPropertyIsAViolation() {
        assertSameAsJena(PKG + "PolicyDocument", (g, doc) -> removeAll(g, doc, ELI + "title"));
        assertSameAsJena(PKG + "Task", (g, task) -> removeAll(g, task, PKG + "text"));
        assertSameAsJena(ORG + "Organization", (g, body) -> removeAll(g, body, "http://www.w3.org/2004/02/skos/core#prefLabel"));
    }

    @Test
    void aSecondValueForMaxCountOneIsAViolation() {
        assertSameAsJena(PKG + "Sentence", (g, s) -> g.add(s, uri(PKG + "inDocument"), uri("https://example.org/other-doc")));
        assertSameAsJena(PKG + "Section", (g, s) -> g.add(s, uri(PKG + "level"), NodeFactory.createLiteralDT("99", XSDDatatype.XSDinteger)));
    }

    @Test
    void aWrongDatatypeOrAnIllFormedValueIsAViolation() {
        assertSameAsJena(PKG + "Sentence", (g, s) -> replace(g, s, PKG + "startOffset", NodeFactory.createLiteralString("3")));
        assertSameAsJena(PKG + "Task", (g, t) -> replace(g, t, PKG + "position",
                NodeFactory.createLiteralDT("three", XSDDatatype.XSDinteger)));
        assertSameAsJena(PKG + "PolicyDocument", (g, d) -> replace(g, d, ELI + "title", NodeFactory.createLiteralString("无语言标签")));
    }

    @Test
    void aWrongClassIsAViolation() {
        assertSameAsJena(PKG + "Sentence", (g, s) -> replace(g, s, PKG + "inDocument", uri("https://example.org/untyped")));
        assertSameAsJena(PKG + "Assignment", (g, a) -> replace(g, a, PKG + "body", NodeFactory.createLiteralString("某部门")));
    }

    @Test
    void aValueOutsideShInIsAViolation() {
        assertSameAsJena(PKG + "Assignment", (g, a) -> replace(g, a, PKG + "role", uri("https://w3id.org/policykg/vocab/role/boss")));
        assertSameAsJena(PKG + "PolicyDocument", (g, d) -> replace(g, d, PKG + "script", NodeFactory.createLiteralString("en")));
    }

    @Test
    void aPatternMissIsAViolation() {
        assertSameAsJena(PKG + "PolicyDocument", (g, d) -> replace(g, d, PKG + "checksum", NodeFactory.createLiteralString("not a checksum")));
        assertSameAsJena(PKG + "Section", (g, s) -> replace(g, s, PKG + "path", NodeFactory.createLiteralString("1..2")));
    }

    @Test
    void aValueBelowMinInclusiveIsAViolation() {
        assertSameAsJena(PKG + "Section", (g, s) -> replace(g, s, PKG + "level", NodeFactory.createLiteralDT("0", XSDDatatype.XSDinteger)));
        assertSameAsJena(PKG + "Sentence", (g, s) -> replace(g, s, PKG + "startOffset",
                NodeFactory.createLiteralDT("-1", XSDDatatype.XSDinteger)));
    }

    @Test
    void anIriWhereALiteralIsExpectedAndTheReverseAreViolations() {
        assertSameAsJena(PKG + "PolicyDocument", (g, d) -> replace(g, d, DCT + "spatial", NodeFactory.createLiteralString("某市")));
        assertSameAsJena(PKG + "Section", (g, s) -> replace(g, s, PKG + "path", uri("https://example.org/1.2")));
    }

    @Test
    void shOrFailingOnAValueOrOnTheFocusNodeIsAViolation() {
        assertSameAsJena(PKG + "Section", (g, s) -> replace(g, s, ELI + "is_part_of", uri("https://example.org/untyped")));
        assertSameAsJena(PKG + "Citation", (g, c) -> {
            removeAll(g, c, PKG + "citedNumber");
            removeAll(g, c, PKG + "citedTitle");
        });
        // the same node-level sh:or of minCount-only alternatives, counted in the read of the node's triples
        assertSameAsJena(PKG + "Regulation", (g, r) -> {
            removeAll(g, r, ELI + "id_local");
            removeAll(g, r, ELI + "title");
        });
    }

    @Test
    void anUnplannedPlannedDocumentIsAViolationOfTheInversePath() {
        Node planned = uri("https://example.org/planned");
        assertSameAsJena(PKG + "PolicyDocument", (g, d) -> {
            g.add(planned, TYPE, uri(PKG + "PlannedDocument"));
            g.add(planned, uri(ELI + "title"), NodeFactory.createLiteralLang("某规划", "zh-Hans"));
        });
    }

    @Test
    void aTypedCitationEdgeWithoutItsCitesTwinIsAViolation() {
        Node regulation = uri("https://example.org/regulation");
        assertSameAsJena(PKG + "PolicyDocument", (g, d) -> {
            g.add(regulation, TYPE, uri(PKG + "Regulation"));
            g.add(regulation, uri(ELI + "title"), NodeFactory.createLiteralLang("某办法", "zh-Hans"));
            g.add(d, uri(ELI + "based_on"), regulation);
        });
    }

    /** sh:not sh:hasValue of the untyped body is a warning: no violation, so the fast path still says yes. */
    @Test
    void aWarningAloneIsNoViolation() {
        Graph g = variant(PKG + "PolicyDocument", (graph, d) -> {
            Node body = uri("https://example.org/body");
            graph.add(body, TYPE, uri(ORG + "Organization"));
            graph.add(body, uri("http://www.w3.org/2004/02/skos/core#prefLabel"), NodeFactory.createLiteralLang("某局", "zh-Hans"));
            graph.add(body, uri(PKG + "departmentType"), uri("https://w3id.org/policykg/vocab/department-type/other"));
        });
        assertThat(SHACL.validate(g).getEntries()).isNotEmpty();
        assertThat(jenaHasNoViolation(g)).isTrue();
        assertThat(FAST.certainlyNoViolation(g)).isTrue();
        assertThat(SHACL.checkViolations(g).getEntries()).isEmpty();
    }

    /** With rdfs:subClassOf in the data, instances of a subclass are focus nodes and pass sh:class, as in Jena. */
    @Test
    void followsSubclassesInTheData() {
        Node subTask = uri("https://example.org/SubTask");
        Graph bad = variant(PKG + "PolicyDocument", (g, d) -> {
            g.add(subTask, RDFS.subClassOf.asNode(), uri(PKG + "Task"));
            g.add(uri("https://example.org/task"), TYPE, subTask);
        });
        assertThat(jenaHasNoViolation(bad)).isFalse();
        assertThat(FAST.certainlyNoViolation(bad)).isFalse();

        Node subOrg = uri("https://example.org/Bureau");
        Graph good = variant(PKG + "PolicyDocument", (g, d) -> {
            Node body = uri("https://example.org/bureau");
            g.add(subOrg, RDFS.subClassOf.asNode(), uri(ORG + "Organization"));
            g.add(body, TYPE, subOrg);
            g.add(body, uri("http://www.w3.org/2004/02/skos/core#prefLabel"), NodeFactory.createLiteralLang("某局", "zh-Hans"));
            g.add(d, uri(ELI + "passed_by"), body);
        });
        assertThat(jenaHasNoViolation(good)).isTrue();
        assertThat(FAST.certainlyNoViolation(good)).isTrue();
    }

    @Test
    void compilesShapesItKnowsAndStepsAsideForAnyOther() {
        assertThat(ConformanceCheck.compile(Shapes.parse(shapesGraph("")))).isPresent();
        String task = "<https://w3id.org/policykg/shapes#TaskShape> ";
        assertThat(ConformanceCheck.compile(Shapes.parse(shapesGraph(task + "<" + SH + "closed> true .")))).isEmpty();
        assertThat(ConformanceCheck.compile(Shapes.parse(shapesGraph(task + "<" + SH + "property> [ <" + SH + "path> <" + PKG
                + "text> ; <" + SH + "uniqueLang> true ] .")))).isEmpty();
        assertThat(ConformanceCheck.compile(Shapes.parse(shapesGraph(task + "<" + SH + "property> [ <" + SH + "path> ( <" + PKG
                + "section> <" + PKG + "level> ) ; <" + SH + "minCount> 1 ] .")))).isEmpty();
        assertThat(ConformanceCheck.compile(Shapes.parse(shapesGraph(task + "<" + SH + "node> [ <" + SH + "class> <" + PKG
                + "Task> ] .")))).isEmpty();
    }

    /** A deactivated shape records nothing in Jena, so its broken focus nodes do not stop the fast path either. */
    @Test
    void aDeactivatedShapeAsksNothing() {
        Shapes shapes = Shapes.parse(shapesGraph("<https://w3id.org/policykg/shapes#TaskShape> <" + SH + "deactivated> true ."));
        Graph g = variant(PKG + "Task", (graph, task) -> removeAll(graph, task, PKG + "text"));

        assertThat(ReportText.violations(ShaclValidator.get().validate(shapes, g))).isZero();
        assertThat(ConformanceCheck.compile(shapes).orElseThrow().certainlyNoViolation(g)).isTrue();
        assertThat(FAST.certainlyNoViolation(g)).isFalse();
    }

    /** Copies a graph with an instance of the class, edits it at that instance and checks both verdicts agree on "violates". */
    private static void assertSameAsJena(String clazz, BiConsumer<Graph, Node> edit) {
        Graph g = variant(clazz, edit);
        assertThat(jenaHasNoViolation(g)).as("the edit breaks a shape").isFalse();
        assertThat(FAST.certainlyNoViolation(g)).isFalse();
        assertThat(ReportText.of("f", SHACL.checkViolations(g))).isEqualTo(ReportText.of("f", SHACL.validate(g)));
    }

    private static Graph variant(String clazz, BiConsumer<Graph, Node> edit) {
        for (Graph source : EXTRACTED) {
            List<Triple> typed = source.find(Node.ANY, TYPE, uri(clazz)).toList();
            if (!typed.isEmpty()) {
                Graph g = GraphFactory.createDefaultGraph();
                source.find().forEachRemaining(g::add);
                edit.accept(g, typed.get(0).getSubject());
                return g;
            }
        }
        throw new AssertionError("no extracted graph has a " + clazz);
    }

    private static boolean jenaHasNoViolation(Graph g) {
        return ReportText.violations(SHACL.validate(g)) == 0;
    }

    private static void removeAll(Graph g, Node s, String p) {
        g.remove(s, uri(p), Node.ANY);
    }

    private static void replace(Graph g, Node s, String p, Node value) {
        assertThat(g.contains(s, uri(p), Node.ANY)).as(p).isTrue();
        removeAll(g, s, p);
        g.add(s, uri(p), value);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Graph shapesGraph(String extraTurtle) {
        try {
            String turtle = Files.readString(Path.of("ontology/shapes.ttl")) + "\n" + extraTurtle + "\n";
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(turtle, Lang.TURTLE).parse(g);
            return g;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
