package org.policykg.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/**
 * {@link TypeMasks} answers as a {@code HashMap} keyed by node does: for the same object, an equal other
 * object, nodes equal only in value (told apart, as term equality does) and unknown nodes, past its growth.
 */
class TypeMasksTest {
    @Test
    void answersAsAHashMapOfNodesDoes() {
        Random random = new Random(7);
        for (int run = 0; run < 20; run++) {
            List<Node> nodes = nodes(random.nextInt(600) + 1);
            TypeMasks masks = new TypeMasks(random.nextInt(64));
            Map<Node, Long> expected = new HashMap<>();
            for (int i = 0; i < 2000; i++) {
                Node node = nodes.get(random.nextInt(nodes.size()));
                int bit = random.nextInt(Long.SIZE);
                masks.add(node, bit);
                expected.merge(node, 1L << bit, (a, b) -> a | b);
                Node asked = nodes.get(random.nextInt(nodes.size()));
                assertThat(masks.get(asked)).isEqualTo(expected.getOrDefault(asked, 0L));
            }
            for (Node node : nodes) {
                assertThat(masks.get(node)).isEqualTo(expected.getOrDefault(node, 0L));
                assertThat(masks.get(copy(node))).as("an equal node, another object").isEqualTo(expected.getOrDefault(node, 0L));
            }
        }
    }

    /** IRIs alike but for their ends (nearly consecutive hashes), blank nodes and literals equal in value only. */
    private static List<Node> nodes(int count) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            switch (i % 4) {
                case 0 -> nodes.add(NodeFactory.createURI("https://w3id.org/policykg/id/doc/task/" + i));
                case 1 -> nodes.add(NodeFactory.createBlankNode("b" + i));
                case 2 -> nodes.add(NodeFactory.createLiteralDT(String.valueOf(i), XSDDatatype.XSDinteger));
                default -> nodes.add(NodeFactory.createLiteralDT("0" + (i - 1), XSDDatatype.XSDinteger));
            }
        }
        return nodes;
    }

    private static Node copy(Node node) {
        if (node.isURI()) {
            return NodeFactory.createURI(new String(node.getURI()));
        }
        if (node.isBlank()) {
            return NodeFactory.createBlankNode(new String(node.getBlankNodeLabel()));
        }
        return NodeFactory.createLiteralDT(new String(node.getLiteralLexicalForm()), node.getLiteralDatatype());
    }
}
