package org.policykg.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.policykg.rdf.Iris;
import org.policykg.ingest.IngestSummary;
import org.policykg.ingest.Ingester;
import org.policykg.ingest.Progress;
import org.policykg.store.KnowledgeStore;

/** A real TDB2 store in a temporary folder, with helpers to ingest and to snapshot its content. */
public final class TempStore implements AutoCloseable {
    public final KnowledgeStore store;
    public final Iris iris = new Iris(Iris.DEFAULT_BASE);
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

    public TempStore(Path dir) {
        this.store = KnowledgeStore.open(dir);
    }

    public IngestSummary ingest(Path... files) {
        return ingester(null).ingest(List.of(files), store);
    }

    public Ingester ingester(Ingester.DocumentSource source) {
        return new Ingester(iris, source, new PrintStream(errors, true, StandardCharsets.UTF_8), new Progress(System.err, false));
    }

    public String errors() {
        return errors.toString(StandardCharsets.UTF_8);
    }

    /** A copy of every named graph, to compare the store before and after. */
    public Dataset snapshot() {
        return store.read(ds -> {
            Dataset copy = DatasetFactory.create();
            ds.listNames().forEachRemaining(n -> {
                Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
                m.add(ds.getNamedModel(n));
                copy.addNamedModel(n, m);
            });
            return copy;
        });
    }

    public static boolean sameContent(Dataset a, Dataset b) {
        List<String> names = org.apache.jena.atlas.iterator.Iter.asStream(a.listModelNames()).map(r -> r.getURI()).sorted().toList();
        if (!names.equals(org.apache.jena.atlas.iterator.Iter.asStream(b.listModelNames()).map(r -> r.getURI()).sorted().toList())) {
            return false;
        }
        return names.stream().allMatch(n -> a.getNamedModel(n).isIsomorphicWith(b.getNamedModel(n)));
    }

    @Override
    public void close() {
        store.close();
    }
}
