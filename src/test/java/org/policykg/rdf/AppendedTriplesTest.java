package org.policykg.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.policykg.extract.DocumentExtractor;
import org.policykg.ingest.DocumentPipeline;
import org.policykg.rdf.vocab.PolicyOntology;
import org.policykg.structure.PolicyDocument;
import org.policykg.validate.ReportText;
import org.policykg.validate.ShaclCheck;

/**
 * A document's graph ({@link DocumentGraphMem} over {@link AppendedTriples}) answers every operation as
 * Jena's {@code GraphMem2Fast} does: the same sequences of operations on both give the same answers (as
 * sets), sizes and emptiness — on every seed and held-out document's graph, and on random adds, removes,
 * clears and reads of every pattern over terms that are equal or only equal in value.
 */
class AppendedTriplesTest {
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);

    @Test
    void everyDocumentsGraphAnswersEveryPatternAsGraphMem2Does() throws Exception {
        DocumentPipeline pipeline = new DocumentPipeline(IRIS);
        DocumentExtractor extractor = new DocumentExtractor();
        DocumentGraphBuilder builder = new DocumentGraphBuilder(IRIS);
        int graphs = 0;
        for (Path dir : List.of(Path.of("data/documents"), Path.of("src/test/resources/heldout/documents"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    PolicyDocument doc = pipeline.structure(f);
                    Graph built = builder.build(doc, extractor.extract(doc)).model().getGraph();
                    assertThat(built).isInstanceOf(DocumentGraphMem.class);
                    List<Triple> added = built.find().toList();
                    Graph store = new DocumentGraphMem();
                    Graph jena = GraphMemFactory.createGraphMem2();
                    // each triple twice: a duplicate add changes neither
                    for (Triple t : added) {
                        store.add(t);
                        jena.add(t);
                        store.add(t);
                        jena.add(t);
                    }
                    assertSame(f.toString(), store, jena, nodesOf(added));
                    assertThat(built.size()).isEqualTo(jena.size()).isEqualTo(added.size());
                    graphs++;
                }
            }
        }
        assertThat(graphs).isGreaterThan(10);
    }

    /**
     * A graph with violations gets the report, order and all, that the GraphMem2 documents were built in
     * gave: the same triples in the order of adding (what the store yields, see the random test below),
     * then broken ones (every sentence's start offset also a string, every document's date a number).
     */
    @Test
    void aRefusedGraphsReportIsTheOneGraphMem2Gave() throws Exception {
        DocumentPipeline pipeline = new DocumentPipeline(IRIS);
        DocumentExtractor extractor = new DocumentExtractor();
        DocumentGraphBuilder builder = new DocumentGraphBuilder(IRIS);
        ShaclCheck shacl = new ShaclCheck();
        Node type = RDF.type.asNode();
        int refused = 0;
        int documents = 0;
        for (Path dir : List.of(Path.of("data/documents"), Path.of("src/test/resources/heldout/documents"))) {
          try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                documents++;
                PolicyDocument doc = pipeline.structure(f);
                Graph store = builder.build(doc, extractor.extract(doc)).model().getGraph();
                Graph jena = GraphMemFactory.createGraphMem2();
                store.find().forEachRemaining(jena::add);
                List<Triple> broken = new ArrayList<>();
                store.find(Node.ANY, type, PolicyOntology.Sentence.asNode()).forEachRemaining(t -> broken.add(
                        Triple.create(t.getSubject(), PolicyOntology.startOffset.asNode(), NodeFactory.createLiteralString("x"))));
                store.find(Node.ANY, type, Node.ANY).forEachRemaining(t -> broken.add(
                        Triple.create(t.getSubject(), PolicyOntology.endOffset.asNode(), NodeFactory.createLiteralString("y"))));
                broken.forEach(store::add);
                broken.forEach(jena::add);
                String report = ReportText.of(f.toString(), shacl.checkViolations(store));
                assertThat(report).as(f.toString()).isEqualTo(ReportText.of(f.toString(), shacl.checkViolations(jena)));
                refused += report.isEmpty() ? 0 : 1;
            }
          }
        }
        assertThat(refused).isEqualTo(documents).isGreaterThan(10);
    }

    @Test
    void randomOperationsGiveWhatGraphMem2Gives() {
        List<Node> nodes = termsEqualOnlyInValue();
        Random random = new Random(19);
        for (int run = 0; run < 40; run++) {
            Graph store = new DocumentGraphMem();
            Graph jena = GraphMemFactory.createGraphMem2();
            // the store keeps the order of adding: what it yields for ANY ANY ANY, GraphMem2 built anew in
            // that order holds the same state as one built by the same adds
            List<Triple> inOrder = new ArrayList<>();
            for (int op = 0; op < 400; op++) {
                Triple t = Triple.create(pick(nodes, random), pick(nodes, random), pick(nodes, random));
                int what = random.nextInt(100);
                if (what < 60) {
                    if (!jena.contains(t)) {
                        inOrder.add(t);
                    }
                    store.add(t);
                    jena.add(t);
                } else if (what < 80) {
                    Triple old = inOrder.isEmpty() || random.nextBoolean() ? t : inOrder.get(random.nextInt(inOrder.size()));
                    inOrder.remove(old);
                    store.delete(old);
                    jena.delete(old);
                } else if (what < 81) {
                    inOrder.clear();
                    store.clear();
                    jena.clear();
                } else {
                    Triple pattern = Triple.createMatch(patternNode(nodes, random), patternNode(nodes, random),
                            patternNode(nodes, random));
                    assertThat(found(store, pattern)).isEqualTo(found(jena, pattern));
                    assertThat(store.contains(pattern)).as(pattern.toString()).isEqualTo(jena.contains(pattern));
                }
                assertThat(store.size()).isEqualTo(jena.size());
                assertThat(store.isEmpty()).isEqualTo(jena.isEmpty());
            }
            assertThat(store.find().toList()).containsExactlyElementsOf(inOrder);
            assertSame("run " + run, store, jena, nodes);
        }
    }

    /** A pattern with a predicate and an object is answered alike whether it goes by predicate or by object. */
    @Test
    void aPredicateWithManyTriplesAnswersByObjectAlike() {
        Graph store = new DocumentGraphMem();
        Graph jena = GraphMemFactory.createGraphMem2();
        Node many = NodeFactory.createURI("urn:many");
        Node few = NodeFactory.createURI("urn:few");
        for (int i = 0; i < 3000; i++) {
            Triple t = Triple.create(NodeFactory.createURI("urn:s" + i), i % 1000 == 0 ? few : many,
                    NodeFactory.createLiteralDT(String.valueOf(i % 7), XSDDatatype.XSDinteger));
            store.add(t);
            jena.add(t);
        }
        for (Node p : List.of(many, few)) {
            for (int v = 0; v < 8; v++) {
                Triple pattern = Triple.createMatch(null, p, NodeFactory.createLiteralDT(String.valueOf(v), XSDDatatype.XSDinteger));
                assertThat(found(store, pattern)).as(pattern.toString()).isEqualTo(found(jena, pattern));
                assertThat(store.contains(pattern)).isEqualTo(jena.contains(pattern));
            }
        }
        long threes = java.util.stream.IntStream.range(0, 3000).filter(i -> i % 1000 != 0 && i % 7 == 3).count();
        assertThat(found(store, Triple.createMatch(null, many, NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger))))
                .hasSize((int) threes);
    }

    @Test
    void aCopyAndStreamsHoldTheSameTriples() {
        Graph store = new DocumentGraphMem();
        Graph jena = GraphMemFactory.createGraphMem2();
        Random random = new Random(7);
        List<Node> nodes = termsEqualOnlyInValue();
        for (int i = 0; i < 300; i++) {
            Triple t = Triple.create(pick(nodes, random), pick(nodes, random), pick(nodes, random));
            store.add(t);
            jena.add(t);
        }
        Graph copy = ((DocumentGraphMem) store).copy();
        copy.add(Triple.create(NodeFactory.createURI("urn:new"), nodes.get(0), nodes.get(1)));
        assertThat(copy.size()).isEqualTo(store.size() + 1);
        assertThat(Set.copyOf(store.stream().toList())).isEqualTo(Set.copyOf(jena.stream().toList()));
        Node s = nodes.get(0);
        assertThat(Set.copyOf(store.stream(s, Node.ANY, Node.ANY).toList()))
                .isEqualTo(Set.copyOf(jena.stream(s, Node.ANY, Node.ANY).toList()));
        assertThat(store.isIsomorphicWith(jena)).isTrue();
    }

    @Test
    void anIteratorFailsOnAChangeAsGraphMem2sDoes() {
        for (Graph g : List.of(new DocumentGraphMem(), GraphMemFactory.createGraphMem2())) {
            Node s = NodeFactory.createURI("urn:s");
            Node p = NodeFactory.createURI("urn:p");
            for (int i = 0; i < 3; i++) {
                g.add(Triple.create(s, p, NodeFactory.createLiteralString("v" + i)));
            }
            for (Triple pattern : List.of(Triple.ANY, Triple.createMatch(s, null, null), Triple.createMatch(null, p, null))) {
                ExtendedIterator<Triple> it = g.find(pattern);
                it.next();
                g.add(Triple.create(s, p, NodeFactory.createLiteralString("w" + pattern.hashCode())));
                assertThatThrownBy(it::next).as(g.getClass().getSimpleName()).isInstanceOf(ConcurrentModificationException.class);
            }
            ExtendedIterator<Triple> it = g.find();
            it.next();
            assertThatThrownBy(it::remove).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void aListenerHearsOfEveryAddAsOnGraphMem2() {
        List<List<Triple>> heard = new ArrayList<>();
        for (Graph g : List.of(new DocumentGraphMem(), GraphMemFactory.createGraphMem2())) {
            List<Triple> mine = new ArrayList<>();
            Triple before = Triple.create(NodeFactory.createURI("urn:a"), NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:b"));
            g.add(before);
            g.getEventManager().register(new org.apache.jena.graph.GraphListener() {
                @Override
                public void notifyAddTriple(Graph graph, Triple t) {
                    mine.add(t);
                }

                @Override
                public void notifyAddArray(Graph graph, Triple[] triples) {
                }

                @Override
                public void notifyAddList(Graph graph, List<Triple> triples) {
                }

                @Override
                public void notifyAddIterator(Graph graph, java.util.Iterator<Triple> it) {
                }

                @Override
                public void notifyAddGraph(Graph graph, Graph added) {
                }

                @Override
                public void notifyDeleteTriple(Graph graph, Triple t) {
                }

                @Override
                public void notifyDeleteList(Graph graph, List<Triple> triples) {
                }

                @Override
                public void notifyDeleteArray(Graph graph, Triple[] triples) {
                }

                @Override
                public void notifyDeleteIterator(Graph graph, java.util.Iterator<Triple> it) {
                }

                @Override
                public void notifyDeleteGraph(Graph graph, Graph removed) {
                }

                @Override
                public void notifyEvent(Graph source, Object value) {
                }
            });
            g.add(before);
            g.add(Triple.create(NodeFactory.createURI("urn:c"), NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("x")));
            heard.add(mine);
        }
        assertThat(heard.get(0)).hasSize(2).isEqualTo(heard.get(1));
    }

    /** URIs, blank nodes and literals that are equal in value but not as terms (GraphMem2 tells them apart). */
    private static List<Node> termsEqualOnlyInValue() {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            nodes.add(NodeFactory.createURI("https://example.org/n" + i));
        }
        nodes.add(NodeFactory.createBlankNode("b0"));
        nodes.add(NodeFactory.createBlankNode("b1"));
        nodes.add(NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger));
        nodes.add(NodeFactory.createLiteralDT("01", XSDDatatype.XSDinteger));
        nodes.add(NodeFactory.createLiteralDT("1", XSDDatatype.XSDint));
        nodes.add(NodeFactory.createLiteralDT("1.0", XSDDatatype.XSDdecimal));
        nodes.add(NodeFactory.createLiteralString("1"));
        nodes.add(NodeFactory.createLiteralLang("规划", "zh-Hans"));
        nodes.add(NodeFactory.createLiteralLang("规划", "zh-hans"));
        nodes.add(NodeFactory.createLiteralLang("規劃", "zh-Hant"));
        nodes.add(NodeFactory.createLiteralString("规划"));
        nodes.add(NodeFactory.createLiteralDT("规划", XSDDatatype.XSDstring));
        nodes.add(NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        nodes.add(NodeFactory.createLiteralDT("1", XSDDatatype.XSDboolean));
        // the same IRI as a second object: equal terms from different objects
        nodes.add(NodeFactory.createURI(new String("https://example.org/n" + 0)));
        return nodes;
    }

    private static Node pick(List<Node> nodes, Random random) {
        return nodes.get(random.nextInt(nodes.size()));
    }

    private static Node patternNode(List<Node> nodes, Random random) {
        int what = random.nextInt(10);
        return what < 3 ? Node.ANY : what == 3 ? NodeFactory.createVariable("x") : pick(nodes, random);
    }

    private static Set<Triple> found(Graph g, Triple pattern) {
        Set<Triple> out = new HashSet<>();
        ExtendedIterator<Triple> it = g.find(pattern);
        while (it.hasNext()) {
            assertThat(out.add(it.next())).as("no triple twice").isTrue();
        }
        return out;
    }

    /** Every pattern over the nodes (each position ANY or each node) answered alike by both graphs. */
    private static void assertSame(String what, Graph store, Graph jena, List<Node> nodes) {
        assertThat(store.size()).as(what).isEqualTo(jena.size());
        assertThat(store.isEmpty()).as(what).isEqualTo(jena.isEmpty());
        assertThat(found(store, Triple.ANY)).as(what).isEqualTo(found(jena, Triple.ANY));
        List<Node> with = new ArrayList<>(nodes);
        with.add(Node.ANY);
        Set<Node> subjects = store.find().mapWith(Triple::getSubject).toSet();
        Set<Node> predicates = store.find().mapWith(Triple::getPredicate).toSet();
        for (Node s : nodes.size() > 40 ? sample(with, subjects) : with) {
            for (Node p : nodes.size() > 40 ? sample(with, predicates) : with) {
                for (Node o : nodes.size() > 40 ? List.of(Node.ANY) : with) {
                    Triple pattern = Triple.createMatch(s, p, o);
                    assertThat(found(store, pattern)).as(what + " " + pattern).isEqualTo(found(jena, pattern));
                    assertThat(store.contains(pattern)).as(what + " " + pattern).isEqualTo(jena.contains(pattern));
                }
            }
        }
        if (nodes.size() > 40) {
            // a document's graph: every triple's own patterns too (?PO, S?O, ??O, SP?)
            for (Triple t : store.find().toList()) {
                for (Triple pattern : List.of(Triple.createMatch(null, t.getPredicate(), t.getObject()),
                        Triple.createMatch(t.getSubject(), null, t.getObject()), Triple.createMatch(null, null, t.getObject()),
                        Triple.createMatch(t.getSubject(), t.getPredicate(), null), t)) {
                    assertThat(found(store, pattern)).as(what + " " + pattern).isEqualTo(found(jena, pattern));
                    assertThat(store.contains(pattern)).isTrue();
                }
            }
        }
    }

    /** For a document's graph: ANY, its predicates and a few of its nodes (every pattern of every node is too many). */
    private static List<Node> sample(List<Node> all, Set<Node> preferred) {
        Set<Node> out = new LinkedHashSet<>();
        out.add(Node.ANY);
        out.addAll(preferred.stream().limit(12).collect(Collectors.toList()));
        for (int i = 0; i < all.size(); i += Math.max(1, all.size() / 12)) {
            out.add(all.get(i));
        }
        return List.copyOf(out);
    }

    private static List<Node> nodesOf(List<Triple> triples) {
        Set<Node> out = new LinkedHashSet<>();
        for (Triple t : triples) {
            out.add(t.getSubject());
            out.add(t.getPredicate());
            out.add(t.getObject());
        }
        out.add(NodeFactory.createURI("https://example.org/absent"));
        out.add(NodeFactory.createLiteralDT("01", XSDDatatype.XSDinteger));
        return List.copyOf(out);
    }
}
