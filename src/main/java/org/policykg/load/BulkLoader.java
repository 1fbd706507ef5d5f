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
 * (about nine), which pays only with as many cores. docs/scaling.md has the figures the default rests on.
 */
public enum BulkLoader {
    BASIC, PHASED, PARALLEL;

    /** The loader measured fastest on a 2-core machine (BENCHMARKS.md, "Bulk-built store"). */
    public static final BulkLoader DEFAULT = PHASED;

    DataLoader create(DatasetGraph dsg, MonitorOutput output) {
        return switch (this) {
            case BASIC -> LoaderFactory.basicLoader(dsg, output);
            case PHASED -> LoaderFactory.phasedLoader(dsg, output);
            case PARALLEL -> LoaderFactory.parallelLoader(dsg, output);
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
