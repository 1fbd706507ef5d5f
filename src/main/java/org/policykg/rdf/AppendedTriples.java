package org.policykg.rdf;

import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.mem2.pattern.PatternClassifier;
import org.apache.jena.mem2.store.TripleStore;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;
import org.apache.jena.util.iterator.SingletonIterator;

/**
 * The triples of one document's graph, for a graph that is built once and then read a few times (checked,
 * stored, written out). Jena's {@code GraphMem2Fast} files every added triple in three indexes (by subject,
 * predicate and object) as it is added, three quarters of building a graph; here an add only asks one hash
 * set of the triples whether it is new and appends it; the indexes are made from the appended triples on the
 * first read that needs one (subject and predicate together, in one pass; object alone), then kept up to
 * date by later adds.
 *
 * <p>The same triples answer the same patterns as in {@code GraphMem2Fast}, by construction: a triple is new
 * exactly when no stored triple {@link Triple#equals equals} it (Jena 5's term equality, as GraphMem2 compares
 * them: "1" and "01" as xsd:integer are two triples), a pattern is classified by Jena's own
 * {@link PatternClassifier} (a variable is a wildcard, as there), and a node of a pattern matches by
 * {@link Node#equals}. The order of answers differs (here the order of adding). Iterators fail fast on a
 * change of the store like GraphMem2's ({@link ConcurrentModificationException} on {@code next}) and do not
 * remove. Removing a triple costs a pass over the store (it is kept in order and its indexes made anew):
 * a document's graph is only added to.
 */
final class AppendedTriples implements TripleStore {
    /** The most triples of one predicate gone through for a pattern with an object (see {@link #objectsFirst}). */
    private static final int SCAN_LIMIT = 1024;

    private Triple[] triples;
    private int[] hashes;
    private int size;
    /** Open addressing over the triples: 0 is free, else the index of a triple plus one. */
    private int[] slots;
    /** Counts every change, for iterators to fail fast. */
    private int changes;
    /** Made together with {@link #byPredicate} on the first read that needs either, then kept up to date. */
    private NodeIndex bySubject;
    private NodeIndex byPredicate;
    private NodeIndex byObject;

    /** Room for {@code expected} triples and an eighth more before the arrays grow (a hint only). */
    AppendedTriples(int expected) {
        int capacity = Integer.highestOneBit(Math.max(32, expected + expected / 8)) * 2;
        triples = new Triple[capacity];
        hashes = new int[capacity];
        slots = new int[capacity * 2];
    }

    @Override
    public void add(Triple triple) {
        int hash = triple.hashCode();
        int slot = slotOf(triple, hash);
        if (slots[slot] != 0) {
            return;
        }
        if (size == triples.length) {
            grow();
            slot = slotOf(triple, hash);
        }
        triples[size] = triple;
        hashes[size] = hash;
        slots[slot] = size + 1;
        if (bySubject != null) {
            bySubject.add(size, triple.getSubject());
            byPredicate.add(size, triple.getPredicate());
        }
        if (byObject != null) {
            byObject.add(size, triple.getObject());
        }
        size++;
        changes++;
    }

    /** The slot holding a triple equal to {@code triple}, else the free slot where it would go. */
    private int slotOf(Triple triple, int hash) {
        int mask = slots.length - 1;
        int slot = spread(hash) & mask;
        while (true) {
            int at = slots[slot] - 1;
            if (at < 0 || (hashes[at] == hash && triples[at].equals(triple))) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private void grow() {
        triples = Arrays.copyOf(triples, triples.length * 2);
        hashes = Arrays.copyOf(hashes, hashes.length * 2);
        refill();
    }

    /** The hash set made anew for the first {@code size} triples (its array twice their capacity). */
    private void refill() {
        slots = new int[triples.length * 2];
        int mask = slots.length - 1;
        for (int i = 0; i < size; i++) {
            int slot = spread(hashes[i]) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = i + 1;
        }
    }

    @Override
    public void remove(Triple triple) {
        int at = slots[slotOf(triple, triple.hashCode())] - 1;
        if (at < 0) {
            return;
        }
        System.arraycopy(triples, at + 1, triples, at, size - at - 1);
        System.arraycopy(hashes, at + 1, hashes, at, size - at - 1);
        triples[--size] = null;
        refill();
        dropIndexes();
        changes++;
    }

    @Override
    public void clear() {
        Arrays.fill(triples, 0, size, null);
        size = 0;
        Arrays.fill(slots, 0);
        dropIndexes();
        changes++;
    }

    private void dropIndexes() {
        bySubject = null;
        byPredicate = null;
        byObject = null;
    }

    @Override
    public int countTriples() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public boolean contains(Triple match) {
        Node s = match.getSubject();
        Node p = match.getPredicate();
        Node o = match.getObject();
        return switch (PatternClassifier.classify(match)) {
            case SUB_PRE_OBJ -> slots[slotOf(match, match.hashCode())] != 0;
            case SUB_PRE_ANY -> any(subjects(), s, t -> p.equals(t.getPredicate()));
            case SUB_ANY_OBJ -> any(subjects(), s, t -> o.equals(t.getObject()));
            case SUB_ANY_ANY -> subjects().first(s) >= 0;
            case ANY_PRE_OBJ -> objectsFirst(p) ? any(objects(), o, t -> p.equals(t.getPredicate()))
                    : any(predicates(), p, t -> o.equals(t.getObject()));
            case ANY_PRE_ANY -> predicates().first(p) >= 0;
            case ANY_ANY_OBJ -> objects().first(o) >= 0;
            case ANY_ANY_ANY -> size > 0;
        };
    }

    @Override
    public ExtendedIterator<Triple> find(Triple match) {
        Node s = match.getSubject();
        Node p = match.getPredicate();
        Node o = match.getObject();
        return switch (PatternClassifier.classify(match)) {
            case SUB_PRE_OBJ -> {
                int at = slots[slotOf(match, match.hashCode())] - 1;
                yield at < 0 ? NiceIterator.emptyIterator() : new SingletonIterator<>(triples[at]);
            }
            case SUB_PRE_ANY -> find(subjects(), s, t -> p.equals(t.getPredicate()));
            case SUB_ANY_OBJ -> find(subjects(), s, t -> o.equals(t.getObject()));
            case SUB_ANY_ANY -> find(subjects(), s, null);
            case ANY_PRE_OBJ -> objectsFirst(p) ? find(objects(), o, t -> p.equals(t.getPredicate()))
                    : find(predicates(), p, t -> o.equals(t.getObject()));
            case ANY_PRE_ANY -> find(predicates(), p, null);
            case ANY_ANY_OBJ -> find(objects(), o, null);
            case ANY_ANY_ANY -> size == 0 ? NiceIterator.emptyIterator() : new Found(null, 0, null);
        };
    }

    @Override
    public Stream<Triple> stream() {
        return stream(Triple.ANY);
    }

    @Override
    public Stream<Triple> stream(Triple match) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(find(match),
                Spliterator.DISTINCT | Spliterator.NONNULL), false);
    }

    @Override
    public AppendedTriples copy() {
        AppendedTriples copy = new AppendedTriples(0);
        copy.triples = triples.clone();
        copy.hashes = hashes.clone();
        copy.slots = slots.clone();
        copy.size = size;
        return copy;
    }

    private NodeIndex subjects() {
        if (bySubject == null) {
            indexSubjectsAndPredicates();
        }
        return bySubject;
    }

    private NodeIndex predicates() {
        if (byPredicate == null) {
            indexSubjectsAndPredicates();
        }
        return byPredicate;
    }

    /**
     * Both indexes a reader by subject or by predicate is likely to want, in ONE pass over the triples:
     * checking a graph asks for both (a class's instances by predicate, each focus node's triples by
     * subject), and each pass fetches every triple object again. The two are made (and dropped) together.
     */
    private void indexSubjectsAndPredicates() {
        NodeIndex subjects = new NodeIndex(size, size / 4);
        NodeIndex predicates = new NodeIndex(size, 32);
        for (int i = 0; i < size; i++) {
            Triple t = triples[i];
            subjects.add(i, t.getSubject());
            predicates.add(i, t.getPredicate());
        }
        bySubject = subjects;
        byPredicate = predicates;
    }

    private NodeIndex objects() {
        if (byObject == null) {
            NodeIndex objects = new NodeIndex(size, size / 2);
            for (int i = 0; i < size; i++) {
                objects.add(i, triples[i].getObject());
            }
            byObject = objects;
        }
        return byObject;
    }

    /**
     * Whether a pattern with a predicate and an object is answered from the object's triples rather than
     * by going through the predicate's. Checking a document's graph asks for the instances of a dozen
     * classes and nothing else by object: the few hundred rdf:type triples, gone through once per class,
     * cost less than filing every triple by its object (mostly literals of its own). A predicate with many
     * triples (or an object index already made) goes by object, so no answer costs a pass over many.
     */
    private boolean objectsFirst(Node predicate) {
        return byObject != null || predicates().count(predicate) > SCAN_LIMIT;
    }

    private boolean any(NodeIndex index, Node key, Predicate<Triple> test) {
        for (int at = index.first(key); at >= 0; at = index.next(at)) {
            if (test.test(triples[at])) {
                return true;
            }
        }
        return false;
    }

    private ExtendedIterator<Triple> find(NodeIndex index, Node key, Predicate<Triple> test) {
        int first = index.first(key);
        return first < 0 ? NiceIterator.emptyIterator() : new Found(index, first, test);
    }

    /**
     * The triples of a chain of an index (or all of them, without an index) that pass a test (or all, without
     * one), failing fast like GraphMem2's iterators: a change of the store between two {@code next}s throws.
     */
    private final class Found extends NiceIterator<Triple> {
        private final NodeIndex index;
        private final Predicate<Triple> test;
        private final int expectedChanges = changes;
        private int at;
        private Triple ahead;

        Found(NodeIndex index, int first, Predicate<Triple> test) {
            this.index = index;
            this.test = test;
            this.at = first;
        }

        @Override
        public boolean hasNext() {
            if (ahead != null) {
                return true;
            }
            if (expectedChanges != changes) {
                return at >= 0 && (index != null || at < size);
            }
            while (at >= 0 && (index != null || at < size)) {
                Triple t = triples[at];
                at = index == null ? at + 1 : index.next(at);
                if (test == null || test.test(t)) {
                    ahead = t;
                    return true;
                }
            }
            at = -1;
            return false;
        }

        @Override
        public Triple next() {
            if (expectedChanges != changes) {
                throw new ConcurrentModificationException();
            }
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Triple t = ahead;
            ahead = null;
            return t;
        }

        @Override
        public void forEachRemaining(Consumer<? super Triple> action) {
            while (hasNext()) {
                action.accept(next());
            }
        }
    }
}
