package org.policykg.validate;

import java.util.Arrays;
import java.util.Map;

import org.apache.jena.graph.Node;

/**
 * The numbers a compiled map gives nodes (-1 for a node it lacks), memoised by node object. A built graph
 * names each predicate and class by one object over and over (the builder's constants, the same objects in
 * every document), so after its first lookup a node is found by identity, without hashing and comparing its
 * IRI with the shapes' nodes; a node equal to one already seen but another object is looked up in the map,
 * which gives it the same number. A node's number depends on the map alone, never on a graph, so one memo
 * serves every check of one thread ({@link ConformanceCheck} keeps one per thread). When {@link #LIMIT}
 * objects are memoised the memo starts afresh, so objects of past graphs cannot crowd out the next's.
 */
final class NodeNumbers {
    private static final int SLOTS = 256;
    private static final int LIMIT = SLOTS * 3 / 4;

    private final Map<Node, Integer> numbers;
    private final Node[] keys = new Node[SLOTS];
    private final int[] values = new int[SLOTS];
    private int size;

    NodeNumbers(Map<Node, Integer> numbers) {
        this.numbers = numbers;
    }

    int get(Node node) {
        int i = System.identityHashCode(node) & (SLOTS - 1);
        while (keys[i] != null) {
            if (keys[i] == node) {
                return values[i];
            }
            i = (i + 1) & (SLOTS - 1);
        }
        int number = numbers.getOrDefault(node, -1);
        if (size == LIMIT) {
            Arrays.fill(keys, null);
            size = 0;
            i = System.identityHashCode(node) & (SLOTS - 1);
        }
        keys[i] = node;
        values[i] = number;
        size++;
        return number;
    }
}
