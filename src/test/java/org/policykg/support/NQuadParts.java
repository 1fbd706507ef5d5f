package org.policykg.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * A store's content written as the Spark job writes it: N-Quads parts, each named graph whole in one part
 * (graph i in part i mod k), every other part gzipped, so a load reads both forms.
 */
public final class NQuadParts {
    private NQuadParts() {
    }

    public static List<Path> write(Dataset source, Path dir, int k) {
        try {
            Files.createDirectories(dir);
            List<DatasetGraph> parts = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                parts.add(DatasetGraphFactory.createGeneral());
            }
            DatasetGraph dsg = source.asDatasetGraph();
            int[] n = {0};
            dsg.listGraphNodes().forEachRemaining(g -> parts.get(n[0]++ % k).addGraph(g, dsg.getGraph(g)));
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                Path file = dir.resolve(String.format("part-%05d.nq%s", i, i % 2 == 1 ? ".gz" : ""));
                try (OutputStream out = i % 2 == 1 ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
                    RDFDataMgr.write(out, parts.get(i), Lang.NQUADS);
                }
                files.add(file);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
