package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes a person makes with the store on the command line: a mistyped --store, a store the server
 * holds. Each is one line on stderr naming the store and what to do, a non-zero exit, no stack trace.
 */
class StoreErrorsTest {
    @TempDir
    Path tmp;
    @RegisterExtension
    final CommandLineRun cli = new CommandLineRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private String stderr() {
        return cli.err();
    }

    @Test
    void aMistypedStoreIsNamedAndNotCreated() {
        Path missing = tmp.resolve("stroe");
        List<List<String>> commands = List.of(
                List.of("query", "queries/citations.rq"), List.of("validate"), List.of("export"), List.of("compact"));

        for (List<String> command : commands) {
            String[] args = java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of("--store", missing.toString()))
                    .toArray(String[]::new);
            assertThat(run(args)).as(command.toString()).isNotZero();
            assertThat(stderr()).as(command.toString()).contains("no store at " + missing).doesNotContain("\tat ");
            assertThat(stderr().lines().count()).as(command.toString()).isEqualTo(1);
            assertThat(cli.out()).as(command.toString()).isEmpty();
            assertThat(missing).as(command.toString()).doesNotExist();
        }
    }

    @Test
    void aStoreTheServerHoldsIsSaidInOneLineWithTheProcessAndTheEndpointToUse() throws Exception {
        // the server fills the store itself: a store this JVM had opened would stay locked by it
        Path store = tmp.resolve("store");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
                "org.policykg.cli.PolicyKg", "serve", "--store", store.toString(), "--port", Integer.toString(port), "--host", "127.0.0.1")
                .redirectError(tmp.resolve("server.err").toFile()).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String first = lines.readLine();
            assertThat(first).as("the server started: %s", tmp.resolve("server.err")).contains("serving");

            assertThat(run("query", "queries/citations.rq", "--store", store.toString())).isEqualTo(1);

            assertThat(stderr()).contains(store.toString()).contains("in use by process " + server.pid())
                    .contains("--endpoint http://localhost:" + port + "/ds").doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(stderr().lines().count()).isEqualTo(1);

            // and the endpoint it names does serve the commands that read
            String endpoint = "http://localhost:" + port + "/ds";
            assertThat(run("query", "queries/cited-by.rq", "--endpoint", endpoint, "--format", "tsv", "--param", "number=国海发[2017]2号"))
                    .as(stderr()).isZero();
            assertThat(cli.out().lines().skip(1)).hasSize(2);
            assertThat(run("validate", "--endpoint", endpoint)).as(stderr()).isZero();
            assertThat(cli.out()).contains("conforms");
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
