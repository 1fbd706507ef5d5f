package org.policykg.rdf;

import java.util.Arrays;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * The triples of {@link AppendedTriples} that hold each node at one position (subject, predicate or object),
 * as chains through the triples' indexes, the last added first: per node its last triple, per triple the one
 * added before it with the same node. Nodes are told apart by {@link Node#equals}, as in GraphMem2.
 */
final class NodeIndex {
    private Node[] keys;
    private int[] heads;
    private int[] counts;
    private int keyCount;
    private int[] nexts;
    /** The node filed last and its slot: a writer adds a node's triples in a row, so most adds find it here. */
    private Node lastKey;
    private int lastSlot;

    private NodeIndex(int triples, int expectedKeys) {
        keys = new Node[Integer.highestOneBit(Math.max(8, expectedKeys)) * 2];
        heads = new int[keys.length];
        counts = new int[keys.length];
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
        if (at >= nexts.length) {
            nexts = Arrays.copyOf(nexts, Math.max(nexts.length * 2, at + 1));
        }
        int slot = key == lastKey ? lastSlot : slotOf(key);
        if (keys[slot] == null) {
            keys[slot] = key;
            nexts[at] = -1;
            heads[slot] = at;
            counts[slot] = 1;
            if (++keyCount * 2 > keys.length) {
                grow();
                slot = slotOf(key);
            }
        } else {
            nexts[at] = heads[slot];
            heads[slot] = at;
            counts[slot]++;
        }
        lastKey = key;
        lastSlot = slot;
    }

    /** The last triple filed under {@code key}, or -1. */
    int first(Node key) {
        int slot = slotOf(key);
        return keys[slot] == null ? -1 : heads[slot];
    }

    /** How many triples are filed under {@code key}. */
    int count(Node key) {
        int slot = slotOf(key);
        return keys[slot] == null ? 0 : counts[slot];
    }

    /** The triple filed before {@code at} under the same node, or -1. */
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
        int[] oldHeads = heads;
        int[] oldCounts = counts;
        keys = new Node[oldKeys.length * 2];
        heads = new int[keys.length];
        counts = new int[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = slotOf(oldKeys[i]);
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
                counts[slot] = oldCounts[i];
            }
        }
    }
}
