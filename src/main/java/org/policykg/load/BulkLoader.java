package org.policykg.load;

import java.util.Locale;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Jena's TDB2 loaders that run inside this JVM. {@code basic} writes through one ordinary write
 * transaction; {@code phased} parses and builds the node table and primary indexes, then the secondary
 * indexes, a few threads at a time; {@code parallel} runs every index on a thread of its own at once
 * (about nine), which pays only with as many cores; {@code packed} (PolicyKG's, {@link PackedLoader}) keeps
 * the tuples in memory and writes each index once, sorted, in full blocks. docs/scaling.md has the figures
 * the default rests on.
 */
public enum BulkLoader {
    BASIC, PHASED, PARALLEL, PACKED;

    /** The loader measured fastest, and giving the smallest store, on a 2-core machine (BENCHMARKS.md, "Bulk-built store"). */
    public static final BulkLoader DEFAULT = PACKED;

    DataLoader create(DatasetGraph dsg, MonitorOutput output) {
        return switch (this) {
            case BASIC -> LoaderFactory.basicLoader(dsg, output);
            case PHASED -> LoaderFactory.phasedLoader(dsg, output);
            case PARALLEL -> LoaderFactory.parallelLoader(dsg, output);
            case PACKED -> new PackedLoader(dsg, output);
        };
    }

    /** How many parts may be parsed at once into this loader's streams: Jena's loaders take one stream. */
    int parsers() {
        return this == PACKED ? 2 : 1;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
