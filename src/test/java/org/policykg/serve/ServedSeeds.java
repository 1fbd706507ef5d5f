package org.policykg.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.policykg.support.Seeds;
import org.policykg.support.TempStore;

/**
 * A real TDB2 store in a temporary folder holding the ingested seed documents, served on a free port
 * exactly as {@code policykg serve} serves it. {@link #readOnly()} is one server shared by the test
 * classes that only read (started once per test run, without an admin token); {@link #start} makes
 * a private one for tests that write.
 */
public final class ServedSeeds implements AutoCloseable {
    /** Short, so that the timeout test is quick; the seed queries take milliseconds. */
    public static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static ServedSeeds shared;

    public final Path dir;
    public final TempStore store;
    public final PolicyKgServer server;
    public final Http http;

    private ServedSeeds(Path dir, String token, UnaryOperator<ServeConfig> options) {
        this.dir = dir;
        this.store = new TempStore(dir.resolve("store"));
        store.ingest(Seeds.DIR);
        ServeConfig config = options.apply(new ServeConfig(0, "127.0.0.1", TIMEOUT, token, Path.of("queries"),
                ServeConfig.DEFAULT_MAX_UPLOAD_BYTES, store.iris.base()));
        this.server = PolicyKgServer.start(config, store.store);
        this.http = new Http(server.port());
    }

    public static synchronized ServedSeeds readOnly() {
        if (shared == null) {
            shared = start(null);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    public static ServedSeeds start(String token) {
        return start(token, UnaryOperator.identity());
    }

    /** A private server whose options are the defaults changed by {@code options} (e.g. a row limit). */
    public static ServedSeeds start(String token, UnaryOperator<ServeConfig> options) {
        try {
            return new ServedSeeds(Files.createTempDirectory("policykg-serve-test"), token, options);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A private server for the tests of one class, started before them and stopped after them:
     * {@code @RegisterExtension static final ServedSeeds.PerClass server = ServedSeeds.perClass(TOKEN);}
     */
    public static PerClass perClass(String token) {
        return perClass(token, UnaryOperator.identity());
    }

    public static PerClass perClass(String token, UnaryOperator<ServeConfig> options) {
        return new PerClass(token, options);
    }

    public static final class PerClass implements org.junit.jupiter.api.extension.BeforeAllCallback,
            org.junit.jupiter.api.extension.AfterAllCallback {
        private final String token;
        private final UnaryOperator<ServeConfig> options;
        private ServedSeeds served;

        private PerClass(String token, UnaryOperator<ServeConfig> options) {
            this.token = token;
            this.options = options;
        }

        @Override
        public void beforeAll(org.junit.jupiter.api.extension.ExtensionContext context) {
            served = start(token, options);
        }

        @Override
        public void afterAll(org.junit.jupiter.api.extension.ExtensionContext context) {
            served.close();
        }

        public ServedSeeds get() {
            return served;
        }
    }

    @Override
    public void close() {
        server.close();
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temporary files
        }
    }
}
