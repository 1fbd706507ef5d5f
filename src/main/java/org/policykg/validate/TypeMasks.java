package org.policykg.validate;

import org.apache.jena.graph.Node;

/**
 * Per node, the bits of the shapes' classes it is typed with, for {@link CheckedGraph}: a map from node to
 * {@code long} told apart by {@link Node#equals} as a {@code HashMap<Node, long[]>} would, in three arrays
 * instead of an entry and a box per typed node (two objects for each of a document's ~200 typed nodes).
 * A slot's node is compared with {@code equals} only when its hash is the same, which an equal node's is.
 */
final class TypeMasks {
    /** 2^32 divided by the golden ratio: IRIs alike but for their ends have nearly consecutive hashes. */
    private static final int GOLDEN = 0x9E3779B9;

    private Node[] keys;
    private int[] hashes;
    private long[] masks;
    private int shift;
    private int size;

    /** Room for about {@code expected} nodes before the table grows (a hint only). */
    TypeMasks(int expected) {
        table(Integer.highestOneBit(Math.max(4, expected)) * 4);
    }

    private void table(int length) {
        keys = new Node[length];
        hashes = new int[length];
        masks = new long[length];
        shift = Integer.SIZE - Integer.numberOfTrailingZeros(length);
    }

    /** Sets the bit for the node. */
    void add(Node node, int bit) {
        int hash = node.hashCode();
        int slot = slotOf(node, hash);
        if (keys[slot] == null) {
            keys[slot] = node;
            hashes[slot] = hash;
            if (++size * 2 > keys.length) {
                grow();
                slot = slotOf(node, hash);
            }
        }
        masks[slot] |= 1L << bit;
    }

    /** The bits set for the node (0: none). */
    long get(Node node) {
        int slot = slotOf(node, node.hashCode());
        return keys[slot] == null ? 0 : masks[slot];
    }

    private int slotOf(Node node, int hash) {
        int mask = keys.length - 1;
        int slot = (hash * GOLDEN) >>> shift;
        Node k;
        while ((k = keys[slot]) != null && k != node && (hashes[slot] != hash || !k.equals(node))) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        Node[] oldKeys = keys;
        int[] oldHashes = hashes;
        long[] oldMasks = masks;
        table(oldKeys.length * 2);
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = (oldHashes[i] * GOLDEN) >>> shift;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                hashes[slot] = oldHashes[i];
                masks[slot] = oldMasks[i];
            }
        }
    }
}
