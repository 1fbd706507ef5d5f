package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.load.BulkLoad;
import org.policykg.load.BulkLoader;
import org.policykg.query.SavedQueries;
import org.policykg.query.SavedQuery;
import org.policykg.rdf.Iris;
import org.policykg.serve.Http;
import org.policykg.serve.PolicyKgServer;
import org.policykg.serve.ReadOnlyReplica;
import org.policykg.serve.ServeConfig;
import org.policykg.serve.ServedSeeds;
import org.policykg.serve.Startup;
import org.policykg.store.KnowledgeStore;
import org.policykg.support.AnswerRows;
import org.policykg.support.Seeds;

/**
 * The serving shape of docs/scaling.md, for real: a primary's store backed up (TDB2's N-Quads.gz backup),
 * two read-only replicas bulk-built from that one snapshot and served over HTTP — one a real
 * {@code policykg serve --read-only} process, one in this JVM — answering every saved query exactly as
 * each other and as the primary, and refusing uploads and writes even with the admin token.
 */
class ReadReplicasTest {
    private static final String TOKEN = "replica-admin-token";
    private static final Pattern SERVING = Pattern.compile("PolicyKG serving .* at http://[^:]+:(\\d+)/ \\(ready in");

    @TempDir
    static Path tmp;
    static ServedSeeds primary;
    static Process replicaA;
    static String replicaAOut;
    static Http a;
    static KnowledgeStore storeB;
    static PolicyKgServer serverB;
    static Http b;

    @BeforeAll
    static void snapshotAndServeTwoReplicas() throws Exception {
        primary = ServedSeeds.readOnly();
        Path backup = Path.of(DatabaseMgr.backup(primary.store.store.dataset().asDatasetGraph()));
        BulkLoad load = new BulkLoad(BulkLoader.DEFAULT, new Iris(Iris.DEFAULT_BASE), null);
        load.load(List.of(backup), tmp.resolve("replica-a"));
        load.load(List.of(backup), tmp.resolve("replica-b"));

        replicaA = serve("--read-only", "--store", tmp.resolve("replica-a").toString(), "--port", "0");
        CompletableFuture<String> port = CompletableFuture.supplyAsync(ReadReplicasTest::servedPort);

        storeB = KnowledgeStore.open(tmp.resolve("replica-b"));
        System.setProperty(ReadOnlyReplica.PROPERTY, "true");
        try {
            serverB = PolicyKgServer.start(new ServeConfig(0, "127.0.0.1", ServedSeeds.TIMEOUT, TOKEN, Path.of("queries"),
                    ServeConfig.DEFAULT_MAX_UPLOAD_BYTES, Iris.DEFAULT_BASE), storeB);
        } finally {
            System.clearProperty(ReadOnlyReplica.PROPERTY);
        }
        b = new Http(serverB.port());
        a = new Http(Integer.parseInt(port.get(120, TimeUnit.SECONDS)));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (replicaA != null) {
            replicaA.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        if (serverB != null) {
            serverB.close();
        }
        if (storeB != null) {
            storeB.close();
        }
    }

    private static Process serve(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.policykg.cli.PolicyKg", "serve", "--host", "127.0.0.1"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("POLICYKG_ADMIN_TOKEN", TOKEN);
        return builder.start();
    }

    /** The port from the line {@code serve} prints once it serves; the lines up to it are kept for the test of what it says. */
    private static String servedPort() {
        StringBuilder seen = new StringBuilder();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(replicaA.getInputStream(), StandardCharsets.UTF_8));
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                seen.append(line).append('\n');
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    // the routes, then the line of limits that ends the banner
                    for (String more = out.readLine(); more != null; more = out.readLine()) {
                        seen.append(more).append('\n');
                        if (more.contains("Ctrl-C stops")) {
                            break;
                        }
                    }
                    replicaAOut = seen.toString();
                    return m.group(1);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("serve --read-only ended without serving: " + seen);
    }

    private static List<String> rows(Http http, SavedQuery query) {
        HttpResponse<String> r = http.get("/api/queries/" + query.name(), "Accept", "application/sparql-results+json");
        assertThat(r.statusCode()).as(query.name() + " " + r.body()).isEqualTo(200);
        return AnswerRows.of(query, ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON));
    }

    @Test
    void bothReplicasAnswerEverySavedQueryAsEachOtherAndThePrimary() {
        List<SavedQuery> all = new SavedQueries(Path.of("queries")).all();
        int answered = 0;
        for (SavedQuery query : all) {
            List<String> fromPrimary = rows(primary.http, query);
            List<String> fromA = rows(a, query);
            assertThat(fromA).as(query.name() + ": replica A as replica B").isEqualTo(rows(b, query));
            assertThat(fromA).as(query.name() + ": replica A as the primary").isEqualTo(fromPrimary);
            answered += fromPrimary.isEmpty() ? 0 : 1;
        }
        assertThat(answered).as("queries with rows").isGreaterThanOrEqualTo(all.size() - 1);
    }

    @Test
    void aReplicaRefusesAnUploadEvenWithTheAdminTokenAndStoresNothing() throws IOException {
        byte[] seed = Files.readAllBytes(Seeds.path(Seeds.JIAXING_PORT));
        for (Http replica : List.of(a, b)) {
            HttpResponse<String> r = replica.upload("/api/documents", "file", "new-plan.txt", seed, "Authorization", "Bearer " + TOKEN);

            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("read-only replica").contains("upload to the primary");
            String sources = replica.get("/ds/sparql?query=" + Http.encode("SELECT ?d WHERE { ?d <http://purl.org/dc/terms/source> \"new-plan.txt\" }"),
                    "Accept", "text/csv").body();
            assertThat(sources.strip()).isEqualTo("d");
        }
        assertThat(replicaAOut).contains("upload refused (a --read-only replica)");
    }

    @Test
    void aReplicaRefusesSparqlWritesNamingThePrimaryAndItsPagesSayWhatItIs() {
        HttpResponse<String> update = a.post("/ds/update", "application/sparql-update", "INSERT DATA { <urn:x> <urn:y> <urn:z> }");

        assertThat(update.statusCode()).isEqualTo(403);
        assertThat(update.body()).contains("read-only replica").doesNotContain("upload it to /api/documents");
        assertThat(a.get("/").body()).contains("read-only replica");
        assertThat(primary.http.get("/").body()).doesNotContain("read-only replica");
    }

    @Test
    void aReplicaNeverFillsAnEmptyStoreFromTheCorpus() {
        try (KnowledgeStore empty = KnowledgeStore.open(tmp.resolve("empty-replica"))) {
            System.setProperty(ReadOnlyReplica.PROPERTY, "true");
            try {
                assertThat(Startup.fillIfEmpty(empty, Seeds.DIR, new Iris(Iris.DEFAULT_BASE), System.err)).isNull();
            } finally {
                System.clearProperty(ReadOnlyReplica.PROPERTY);
            }
            assertThat(Startup.isEmpty(empty)).isTrue();
        }
    }
}
