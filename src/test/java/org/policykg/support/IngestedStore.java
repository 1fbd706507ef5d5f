package org.policykg.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.policykg.query.QueryRunner;
import org.policykg.query.ResultFormat;
import org.policykg.query.SavedQuery;

/**
 * A {@link TempStore} with a folder of documents ingested once for a whole test class and removed after
 * it, for classes whose tests only read: ingesting takes far longer than their queries. Registered as
 * {@code @RegisterExtension static final IngestedStore store = new IngestedStore(Seeds.DIR);}.
 */
public final class IngestedStore implements BeforeAllCallback, AfterAllCallback {
    private final Path documents;
    private Path dir;
    private TempStore store;

    public IngestedStore(Path documents) {
        this.documents = documents;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("policykg-store");
        store = new TempStore(dir.resolve("store"));
        store.ingest(documents);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    public <T> T read(Function<Dataset, T> action) {
        return store.store.read(action);
    }

    /** What the ingest reported as unreadable. */
    public String errors() {
        return store.errors();
    }

    /** The query's answer as TSV, the form the saved queries' callers and score.py read. */
    public String tsv(SavedQuery query, Map<String, String> params) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        read(ds -> {
            new QueryRunner().run(ds, query, params, ResultFormat.TSV, out);
            return null;
        });
        return out.toString(StandardCharsets.UTF_8);
    }
}
