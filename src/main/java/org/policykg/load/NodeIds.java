package org.policykg.load;

import java.util.Arrays;

/**
 * The distinct TDB2 node ids met in a load, each given a small number in the order first met (an open
 * addressing hash map from the id's 64 bits to an int), and at the end their ranks in the order the
 * store's B+trees keep keys: the ids' big-endian bytes compared unsigned, i.e. the longs compared unsigned.
 */
final class NodeIds {
    private static final long EMPTY = 0;   // an empty slot; the id 0 (the first node written) is kept apart
    private long[] keys = new long[1 << 16];
    private int[] places = new int[1 << 16];
    private long[] byPlace = new long[1 << 16];
    private int size;
    private int placeOfZero = -1;

    /** The number of {@code id}, given on first sight. */
    int place(long id) {
        if (id == EMPTY) {
            if (placeOfZero < 0) {
                placeOfZero = append(id);
            }
            return placeOfZero;
        }
        int mask = keys.length - 1;
        for (int slot = mix(id) & mask;; slot = (slot + 1) & mask) {
            if (keys[slot] == id) {
                return places[slot];
            }
            if (keys[slot] == EMPTY) {
                return insert(slot, id);
            }
        }
    }

    private int insert(int slot, long id) {
        int place = append(id);
        keys[slot] = id;
        places[slot] = place;
        if (size * 2 > keys.length) {
            rehash();
        }
        return place;
    }

    private int append(long id) {
        if (size == byPlace.length) {
            byPlace = Arrays.copyOf(byPlace, size * 2);
        }
        byPlace[size] = id;
        return size++;
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldPlaces = places;
        keys = new long[oldKeys.length * 2];
        places = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = mix(oldKeys[i]) & mask;
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                places[slot] = oldPlaces[i];
            }
        }
    }

    private static int mix(long id) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    int size() {
        return size;
    }

    /** The ids in key order; {@code rankOfPlace} is filled with each place's index in it. The hash map is dropped. */
    long[] sorted(int[] rankOfPlace) {
        keys = null;
        places = null;
        long[] ids = Arrays.copyOf(byPlace, size);
        // unsigned order by flipping the sign bit, sorting signed, flipping back
        for (int i = 0; i < size; i++) {
            ids[i] ^= Long.MIN_VALUE;
        }
        Arrays.parallelSort(ids);
        for (int i = 0; i < size; i++) {
            ids[i] ^= Long.MIN_VALUE;
        }
        for (int place = 0; place < size; place++) {
            rankOfPlace[place] = rankOf(ids, byPlace[place]);
        }
        byPlace = null;
        return ids;
    }

    private static int rankOf(long[] sortedIds, long id) {
        int lo = 0;
        int hi = sortedIds.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Long.compareUnsigned(sortedIds[mid], id);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        throw new IllegalStateException("node id not found");
    }
}
