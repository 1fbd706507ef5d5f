package org.policykg.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.PropertyShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/**
 * {@link ValueTest}'s kinds against the general {@link NodeTest} of the same constraint (which
 * {@code ConformanceCheckTest} holds to Jena's verdicts): every per-value constraint of the project's
 * shapes, plus constructed ones (an sh:or with an alternative that is not a lone sh:class, a lone
 * sh:class), on literals, integers and typed, untyped and blank nodes, in a graph without and with
 * {@code rdfs:subClassOf}.
 */
class ValueTestTest {
    static {
        JenaSystem.init();
    }

    private static final String PKG = "https://w3id.org/policykg/ontology#";
    private static final String EX = "https://example.org/";

    @Test
    void everyCompiledKindAgreesWithTheGeneralTest() throws Exception {
        Shapes shapes = Shapes.parse(shapesGraph());
        RuleCompiler compiler = new RuleCompiler(shapes);
        List<Constraint> constraints = new ArrayList<>();
        for (Shape shape : shapes.getTargetShapes()) {
            for (PropertyShape ps : shape.getPropertyShapes()) {
                constraints.addAll(ps.getConstraints());
            }
        }
        constraints.removeIf(c -> !isPerValue(c));
        List<ValueTest> fast = new ArrayList<>();
        List<NodeTest> general = new ArrayList<>();
        for (Constraint c : constraints) {
            fast.add(compiler.valueTest(c));
            general.add(compiler.nodeTest(c));
        }
        assertThat(fast).hasSizeGreaterThan(40);
        for (boolean subclasses : new boolean[] {false, true}) {
            Graph data = data(subclasses);
            CheckedGraph checked = CheckedGraph.of(data, CheckedGraph.Numbers.of(compiler.classBits(), Map.of()));
            assertThat(checked.flatClasses()).isEqualTo(!subclasses);
            int passes = 0;
            for (Node node : nodes()) {
                for (int i = 0; i < fast.size(); i++) {
                    boolean expected = general.get(i).passes(checked, node);
                    assertThat(fast.get(i).passes(checked, node)).as("%s on %s", constraints.get(i), node).isEqualTo(expected);
                    passes += expected ? 1 : 0;
                }
            }
            assertThat(passes).as("some values pass, some fail").isPositive().isLessThan(fast.size() * nodes().size());
        }
    }

    private static boolean isPerValue(Constraint c) {
        String name = c.getClass().getSimpleName();
        return !name.equals("MinCount") && !name.equals("MaxCount") && !name.equals("HasValueConstraint");
    }

    private static List<Node> nodes() {
        return List.of(NodeFactory.createLiteralLang("某办法", "zh-Hans"), NodeFactory.createLiteralLang("x", "en"),
                NodeFactory.createLiteralString("3"), NodeFactory.createLiteralString("zh-Hans"),
                NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger), NodeFactory.createLiteralDT("-1", XSDDatatype.XSDinteger),
                NodeFactory.createLiteralDT("+07", XSDDatatype.XSDinteger), NodeFactory.createLiteralDT("three", XSDDatatype.XSDinteger),
                NodeFactory.createLiteralDT("1234567890123456789012", XSDDatatype.XSDinteger),
                NodeFactory.createLiteralDT("2021", XSDDatatype.XSDgYear), NodeFactory.createLiteralDT("1.5", XSDDatatype.XSDdecimal),
                uri(EX + "regulation"), uri(EX + "planned"), uri(EX + "both"), uri(EX + "sub"), uri(EX + "untyped"),
                uri("https://w3id.org/policykg/vocab/role/lead"), NodeFactory.createBlankNode());
    }

    private static Graph data(boolean subclasses) {
        Graph g = GraphFactory.createDefaultGraph();
        Node type = RDF.type.asNode();
        g.add(uri(EX + "regulation"), type, uri(PKG + "Regulation"));
        g.add(uri(EX + "planned"), type, uri(PKG + "PlannedDocument"));
        g.add(uri(EX + "both"), type, uri(PKG + "Regulation"));
        g.add(uri(EX + "both"), type, uri(PKG + "Section"));
        g.add(uri(EX + "sub"), type, uri(EX + "SpecialRegulation"));
        if (subclasses) {
            g.add(uri(EX + "SpecialRegulation"), RDFS.subClassOf.asNode(), uri(PKG + "Regulation"));
        }
        return g;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Graph shapesGraph() throws Exception {
        String extra = """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix pkg: <https://w3id.org/policykg/ontology#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <https://example.org/Extra> a sh:NodeShape ; sh:targetClass pkg:Extra ;
                    sh:property [ sh:path pkg:a ; sh:class pkg:Regulation ] ;
                    sh:property [ sh:path pkg:b ; sh:or ( [ sh:class pkg:Section ] [ sh:datatype xsd:string ] ) ] ;
                    sh:property [ sh:path pkg:c ; sh:or ( [ sh:class pkg:Section ] [ sh:class pkg:Regulation ; sh:nodeKind sh:IRI ] ) ] ;
                    sh:property [ sh:path pkg:d ; sh:minInclusive 2 ; sh:datatype xsd:integer ] .
                """;
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(Files.readString(Path.of("ontology/shapes.ttl")) + "\n" + extra, Lang.TURTLE).parse(g);
        return g;
    }
}
