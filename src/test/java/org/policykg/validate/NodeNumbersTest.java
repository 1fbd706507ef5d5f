package org.policykg.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** {@link NodeNumbers} answers what its map answers, for the same object, an equal other object and unknown nodes, past its memo's size too. */
class NodeNumbersTest {
    @Test
    void answersAsTheMapDoes() {
        Map<Node, Integer> map = new HashMap<>();
        for (int i = 0; i < 50; i++) {
            map.put(uri(i), i * 7);
        }
        NodeNumbers numbers = new NodeNumbers(map);
        Node[] same = new Node[400];
        for (int i = 0; i < same.length; i++) {
            same[i] = uri(i);
        }
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < same.length; i++) {
                int expected = i < 50 ? i * 7 : -1;
                assertThat(numbers.get(same[i])).isEqualTo(expected);
                assertThat(numbers.get(uri(i))).as("an equal node, another object").isEqualTo(expected);
            }
        }
        assertThat(numbers.get(NodeFactory.createLiteralString("https://example.org/p1"))).isEqualTo(-1);
    }

    /** One memo serves check after check: past its limit it starts afresh and still answers as the map does. */
    @Test
    void answersAsTheMapDoesOverManyGraphsObjects() {
        Map<Node, Integer> map = new HashMap<>();
        for (int i = 0; i < 60; i++) {
            map.put(uri(i), i);
        }
        NodeNumbers numbers = new NodeNumbers(map);
        Node[] constants = new Node[60];
        for (int i = 0; i < constants.length; i++) {
            constants[i] = uri(i);
        }
        for (int graph = 0; graph < 20; graph++) {
            for (int i = 0; i < 120; i++) {
                Node fresh = uri(i); // a graph's own objects, equal to the map's nodes or not
                assertThat(numbers.get(fresh)).isEqualTo(i < 60 ? i : -1);
                assertThat(numbers.get(constants[i % 60])).isEqualTo(i % 60);
            }
        }
    }

    private static Node uri(int i) {
        return NodeFactory.createURI("https://example.org/p" + i);
    }
}
