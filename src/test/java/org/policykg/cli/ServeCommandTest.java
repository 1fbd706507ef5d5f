package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} as a user starts it, in its own JVM: the store is opened (and filled) beside Spring's
 * start-up, so these check that the two meet — the served store is the filled one — and that a store
 * that cannot be opened still ends the command with a message rather than a hung server.
 */
class ServeCommandTest {
    private static final Pattern SERVING = Pattern.compile("PolicyKG serving .* at (http://\\S+)/ \\(ready in");
    private static final String SEED = "001_fa6f27a28cdcef08.txt";

    @TempDir
    Path tmp;

    @Test
    void anEmptyStoreIsFilledFromTheCorpusAndServedAtThePrintedAddress() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(Path.of("data", "documents", SEED), corpus.resolve(SEED));
        Process serve = serve("--store", tmp.resolve("store").toString(), "--corpus", corpus.toString(), "--port", "0");
        try {
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(serve.getErrorStream()));
            List<String> printed = printed(serve);
            String base = servedAddress(printed);
            HttpClient http = HttpClient.newHttpClient();
            assertThat(get(http, base + "/health", "*/*").statusCode()).isEqualTo(200);
            String saved = printed.stream().filter(l -> l.contains("/api/queries ") || l.endsWith("/api/queries")).findFirst().orElseThrow();
            assertThat(saved).as("a printed route, called as printed").contains("GET");
            assertThat(get(http, saved.substring(saved.indexOf("http://")).split("\\s+")[0].replace("localhost", "127.0.0.1"),
                    "application/json").statusCode()).isEqualTo(200);
            assertThat(printed).anySatisfy(l -> assertThat(l).contains("SPARQL Query").contains(base + "/ds/"));
            HttpResponse<String> sources = get(http, base + "/ds/sparql?query="
                    + URLEncoder.encode("SELECT DISTINCT ?s WHERE { ?d <http://purl.org/dc/terms/source> ?s }", StandardCharsets.UTF_8), "text/csv");
            assertThat(sources.statusCode()).isEqualTo(200);
            assertThat(sources.body()).as("the store served is the one just filled").contains(SEED);
            serve.destroy();
            assertThat(err.get(30, TimeUnit.SECONDS)).contains("the store is empty: ingesting");
        } finally {
            serve.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aStoreThatCannotBeOpenedEndsTheCommandWithAMessageNamingIt() throws Exception {
        Path notADirectory = Files.writeString(tmp.resolve("store-is-a-file"), "not a store");
        Process serve = serve("--store", notADirectory.toString(), "--port", "0");
        try {
            String err = read(serve.getErrorStream());
            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("serve exits").isTrue();
            assertThat(serve.exitValue()).isNotZero();
            assertThat(err).contains("error: cannot serve " + notADirectory);
        } finally {
            serve.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Process serve(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.policykg.cli.PolicyKg", "serve", "--host", "127.0.0.1"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    /** What {@code serve} prints once it serves, up to its last line (within two minutes). */
    private static List<String> printed(Process serve) throws Exception {
        CompletableFuture<List<String>> lines = CompletableFuture.supplyAsync(() -> {
            List<String> read = new ArrayList<>();
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    read.add(line);
                    if (line.endsWith("Ctrl-C stops")) {
                        break;
                    }
                }
            } catch (IOException e) {
                // the process ended: what was read is all there is
            }
            return read;
        });
        return lines.get(120, TimeUnit.SECONDS);
    }

    /** The base address from the first line {@code serve} prints. */
    private static String servedAddress(List<String> printed) {
        String base = printed.stream().map(SERVING::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst().orElse(null);
        assertThat(base).as("serve printed the address it serves: %s", printed).isNotNull();
        return base.replace("localhost", "127.0.0.1");
    }

    private static HttpResponse<String> get(HttpClient http, String url, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
