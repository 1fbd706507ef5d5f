package org.policykg.rdf;

import java.util.Arrays;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * The triples of {@link AppendedTriples} that hold each node at one position (subject, predicate or object),
 * as chains through the triples' indexes in the order they were added: per node its first and last triple,
 * per triple the next one with the same node. Nodes are told apart by {@link Node#equals}, as in GraphMem2.
 */
final class NodeIndex {
    private Node[] keys;
    private int[] firsts;
    private int[] lasts;
    private int keyCount;
    private int[] nexts;
    /** The node filed last and its slot: a writer adds a node's triples in a row, so most adds find it here. */
    private Node lastKey;
    private int lastSlot;

    private NodeIndex(int triples, int expectedKeys) {
        keys = new Node[Integer.highestOneBit(Math.max(8, expectedKeys)) * 2];
        firsts = new int[keys.length];
        lasts = new int[keys.length];
        nexts = new int[Math.max(16, triples)];
    }

    /** The index of the first {@code size} triples by the node at {@code position}; {@code expectedKeys} sizes it. */
    static NodeIndex of(Triple[] triples, int size, Function<Triple, Node> position, int expectedKeys) {
        NodeIndex index = new NodeIndex(size, expectedKeys);
        for (int i = 0; i < size; i++) {
            index.add(i, position.apply(triples[i]));
        }
        return index;
    }

    /** Files the triple at {@code at} (after every triple filed so far) under {@code key}. */
    void add(int at, Node key) {
        if (at == nexts.length) {
            nexts = Arrays.copyOf(nexts, nexts.length * 2);
        }
        nexts[at] = -1;
        int slot = key == lastKey ? lastSlot : slotOf(key);
        if (keys[slot] == null) {
            keys[slot] = key;
            firsts[slot] = at;
            lasts[slot] = at;
            if (++keyCount * 2 > keys.length) {
                grow();
                slot = slotOf(key);
            }
        } else {
            nexts[lasts[slot]] = at;
            lasts[slot] = at;
        }
        lastKey = key;
        lastSlot = slot;
    }

    /** The first triple filed under {@code key}, or -1. */
    int first(Node key) {
        int slot = slotOf(key);
        return keys[slot] == null ? -1 : firsts[slot];
    }

    /** The triple filed after {@code at} under the same node, or -1. */
    int next(int at) {
        return nexts[at];
    }

    private int slotOf(Node key) {
        int mask = keys.length - 1;
        int hash = key.hashCode();
        int slot = (hash ^ (hash >>> 16)) & mask;
        while (keys[slot] != null && !keys[slot].equals(key)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        Node[] oldKeys = keys;
        int[] oldFirsts = firsts;
        int[] oldLasts = lasts;
        keys = new Node[oldKeys.length * 2];
        firsts = new int[keys.length];
        lasts = new int[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = slotOf(oldKeys[i]);
                keys[slot] = oldKeys[i];
                firsts[slot] = oldFirsts[i];
                lasts[slot] = oldLasts[i];
            }
        }
    }
}
