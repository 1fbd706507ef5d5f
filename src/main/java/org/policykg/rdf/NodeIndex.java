package org.policykg.rdf;

import java.util.Arrays;

import org.apache.jena.graph.Node;

/**
 * The triples of {@link AppendedTriples} that hold each node at one position (subject, predicate or object),
 * as chains through the triples' indexes, the last added first: per node its last triple, per triple the one
 * added before it with the same node. Nodes are told apart by {@link Node#equals}, as in GraphMem2.
 *
 * <p>The open-addressing table keeps each key's hash beside it and places keys by a multiplicative hash.
 * A document's IRIs differ in their last characters ({@code …/task/12}, {@code …/task/13}), so their
 * {@code String} hashes are nearly consecutive: placed by their low bits they filled long runs of
 * neighbouring slots that a lookup walked through, comparing long IRIs of equal length character by
 * character. Where a key goes in the table does not change the chains (they follow the order of filing),
 * and a slot's key is compared with {@code equals} only when the hashes agree, which equal nodes' always
 * do: the same answers, in the same order, as any placement.
 */
final class NodeIndex {
    /** 2^32 divided by the golden ratio: multiplying by it spreads nearly consecutive hashes over the high bits. */
    private static final int GOLDEN = 0x9E3779B9;

    private Node[] keys;
    private int[] hashes;
    private int[] heads;
    private int[] counts;
    /** 32 less log2 of the table's length: the high bits of the spread hash are the slot. */
    private int shift;
    private int keyCount;
    private int[] nexts;
    /** The node filed last and its slot: a writer adds a node's triples in a row, so most adds find it here. */
    private Node lastKey;
    private int lastSlot;

    /** An empty index with room for {@code triples} triples and about {@code expectedKeys} nodes (hints only). */
    NodeIndex(int triples, int expectedKeys) {
        table(Integer.highestOneBit(Math.max(8, expectedKeys)) * 2);
        nexts = new int[Math.max(16, triples)];
    }

    private void table(int length) {
        keys = new Node[length];
        hashes = new int[length];
        heads = new int[length];
        counts = new int[length];
        shift = Integer.SIZE - Integer.numberOfTrailingZeros(length);
    }

    /** Files the triple at {@code at} (after every triple filed so far) under {@code key}. */
    void add(int at, Node key) {
        if (at >= nexts.length) {
            nexts = Arrays.copyOf(nexts, Math.max(nexts.length * 2, at + 1));
        }
        int slot;
        if (key == lastKey) {
            slot = lastSlot;
        } else {
            int hash = key.hashCode();
            slot = slotOf(key, hash);
            if (keys[slot] == null) {
                keys[slot] = key;
                hashes[slot] = hash;
                heads[slot] = -1;
                if (++keyCount * 2 > keys.length) {
                    grow();
                    slot = slotOf(key, hash);
                }
            }
        }
        nexts[at] = heads[slot];
        heads[slot] = at;
        counts[slot]++;
        lastKey = key;
        lastSlot = slot;
    }

    /** The last triple filed under {@code key}, or -1. */
    int first(Node key) {
        int slot = slotOf(key, key.hashCode());
        return keys[slot] == null ? -1 : heads[slot];
    }

    /** How many triples are filed under {@code key}. */
    int count(Node key) {
        int slot = slotOf(key, key.hashCode());
        return keys[slot] == null ? 0 : counts[slot];
    }

    /** The triple filed before {@code at} under the same node, or -1. */
    int next(int at) {
        return nexts[at];
    }

    /** The slot holding a node equal to {@code key} (whose hash is {@code hash}), else the free slot where it would go. */
    private int slotOf(Node key, int hash) {
        int mask = keys.length - 1;
        int slot = home(hash);
        Node k;
        while ((k = keys[slot]) != null && k != key && (hashes[slot] != hash || !k.equals(key))) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private int home(int hash) {
        return (hash * GOLDEN) >>> shift;
    }

    private void grow() {
        Node[] oldKeys = keys;
        int[] oldHashes = hashes;
        int[] oldHeads = heads;
        int[] oldCounts = counts;
        table(oldKeys.length * 2);
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = home(oldHashes[i]);
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                hashes[slot] = oldHashes[i];
                heads[slot] = oldHeads[i];
                counts[slot] = oldCounts[i];
            }
        }
    }
}
