package org.policykg.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.DatatypeConstraint;
import org.apache.jena.shacl.engine.constraint.ValueMinInclusiveConstraint;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * What the fast passes of {@link PlainIntegers} rest on, held against Jena's own constraints: a literal
 * with a plain value is valid for {@code sh:datatype xsd:integer}, and passes {@code sh:minInclusive b}
 * exactly when its value is at least b; every form it does not read as plain is left to Jena.
 */
class PlainIntegersTest {
    private static final ValidationContext CONTEXT = ValidationContext.create(
            Shapes.parse(GraphFactory.createDefaultGraph()), GraphFactory.createDefaultGraph());
    private static final DatatypeConstraint INTEGER = new DatatypeConstraint(XSDDatatype.XSDinteger.getURI());

    @Test
    void aPlainValueIsValidAndComparesAsJenaCompares() {
        List<String> forms = List.of("0", "1", "-1", "+1", "-0", "+0", "007", "-007", "41", "999999999999999999",
                "-999999999999999999", "123456789012345678");
        for (String lex : forms) {
            Node n = NodeFactory.createLiteralDT(lex, XSDDatatype.XSDinteger);
            long value = PlainIntegers.value(n);
            assertThat(value).as(lex).isNotEqualTo(PlainIntegers.NONE).isEqualTo(Long.parseLong(lex));
            assertThat(INTEGER.validate(CONTEXT, n)).as(lex).isNull();
            for (long bound : List.of(-2L, -1L, 0L, 1L, 2L, 41L, 42L, 999999999999999999L)) {
                boolean jena = new ValueMinInclusiveConstraint(NodeFactory.createLiteralDT(Long.toString(bound),
                        XSDDatatype.XSDinteger)).validate(CONTEXT, n) == null;
                assertThat(value >= bound).as(lex + " >= " + bound).isEqualTo(jena);
            }
        }
    }

    @Test
    void anyOtherFormIsLeftToJena() {
        List<Node> others = new ArrayList<>();
        for (String lex : List.of("", "-", "+", " 1", "1 ", "1.0", "1e3", "abc", "--1", "+-1", "١٢", "１２", "1234567890123456789",
                "-1234567890123456789", "99999999999999999999")) {
            others.add(NodeFactory.createLiteralDT(lex, XSDDatatype.XSDinteger));
        }
        for (RDFDatatype dt : List.of(XSDDatatype.XSDint, XSDDatatype.XSDlong, XSDDatatype.XSDdecimal, XSDDatatype.XSDstring)) {
            others.add(NodeFactory.createLiteralDT("5", dt));
        }
        others.add(NodeFactory.createLiteralLang("5", "zh-Hans"));
        others.add(NodeFactory.createURI("https://example.org/5"));
        others.add(NodeFactory.createBlankNode());
        for (Node n : others) {
            assertThat(PlainIntegers.value(n)).as(n.toString()).isEqualTo(PlainIntegers.NONE);
        }
    }
}
