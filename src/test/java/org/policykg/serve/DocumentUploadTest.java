package org.policykg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policykg.support.Seeds;
import org.policykg.support.TempStore;

import com.jayway.jsonpath.JsonPath;

/**
 * Adding documents while the server runs: {@code POST /api/documents} with the admin token ingests
 * through the same pipeline, in one transaction, and the document is queryable at once; without the
 * token, or with a bad file, nothing is stored.
 */
class DocumentUploadTest {
    static final String TOKEN = "test-admin-token";
    static final String AUTH = "Bearer " + TOKEN;
    @RegisterExtension
    static final ServedSeeds.PerClass server = ServedSeeds.perClass(TOKEN);
    static Http http;
    static byte[] seed;

    @BeforeAll
    static void serve() throws Exception {
        http = server.get().http;
        seed = Files.readAllBytes(Seeds.path(Seeds.JIAXING_PORT));
    }

    static HttpResponse<String> upload(String name, byte[] content, String... headers) {
        return http.upload("/api/documents", "file", name, content, headers);
    }

    static String documentsFrom(String fileName) {
        String query = "SELECT ?d WHERE { ?d <http://purl.org/dc/terms/source> \"" + fileName + "\" }";
        return http.get("/ds/sparql?query=" + Http.encode(query), "Accept", "text/csv").body();
    }

    static void assertUnchanged(Dataset before) {
        assertThat(TempStore.sameContent(before, server.get().store.snapshot())).as("store unchanged").isTrue();
    }

    @Test
    void withoutTheTokenTheUploadIsUnauthorizedAndNothingIsStored() {
        Dataset before = server.get().store.snapshot();

        HttpResponse<String> none = upload("no-token.txt", seed);
        HttpResponse<String> wrong = upload("wrong-token.txt", seed, "Authorization", "Bearer not-the-token");
        HttpResponse<String> basic = upload("basic.txt", seed, "Authorization", "Basic " + TOKEN);

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(basic.statusCode()).isEqualTo(401);
        assertUnchanged(before);
    }

    @Test
    void withTheTokenADocumentIsIngestedAndQueryableAtOnce() {
        assertThat(documentsFrom("uploaded_port_plan.txt").lines().count()).isEqualTo(1);

        HttpResponse<String> r = upload("uploaded_port_plan.txt", seed, "Authorization", AUTH);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat((String) JsonPath.read(r.body(), "$.file")).isEqualTo("uploaded_port_plan.txt");
        assertThat((Integer) JsonPath.read(r.body(), "$.triples")).isGreaterThan(100);
        assertThat(r.headers().firstValue("Location").orElseThrow()).startsWith("/ds/get?graph=");
        assertThat(documentsFrom("uploaded_port_plan.txt").lines().count()).isEqualTo(2);
        HttpResponse<String> citations = http.get("/api/queries/citations", "Accept", "text/csv");
        assertThat(citations.body()).contains("uploaded_port_plan.txt,");
        HttpResponse<String> graph = http.get(r.headers().firstValue("Location").orElseThrow(), "Accept", "application/n-triples");
        assertThat(graph.statusCode()).isEqualTo(200);
        assertThat(graph.body()).contains("\"uploaded_port_plan.txt\"");
    }

    @Test
    void aBadDocumentIsRefusedNamingTheFileAndTheReasonAndNothingIsStored() {
        Dataset before = server.get().store.snapshot();

        HttpResponse<String> blank = upload("blank.txt", "  \n\n ".getBytes(StandardCharsets.UTF_8), "Authorization", AUTH);
        HttpResponse<String> binary = upload("binary.txt", new byte[] {0, 1, 2, 3, 4, 5, 0, 0, 7, 8}, "Authorization", AUTH);

        assertThat(Map.of("blank.txt", blank, "binary.txt", binary)).allSatisfy((name, r) -> {
            assertThat(r.statusCode()).as(name + " " + r.body()).isEqualTo(422);
            String error = JsonPath.read(r.body(), "$.error");
            assertThat(error).startsWith(name + ": ").contains("not stored").doesNotContain("policykg-upload");
        });
        assertThat((String) JsonPath.read(blank.body(), "$.error")).contains("empty");
        assertThat((String) JsonPath.read(binary.body(), "$.error")).contains("binary");
        assertUnchanged(before);
    }

    @Test
    void aPageCopyWithoutATitleLineIsStoredAndTheResponseSaysWhatWasMissing() {
        int graphsBefore = JsonPath.read(http.get("/health").body(), "$.graphs");
        HttpResponse<String> r = upload("excerpt.txt", ("一、强化湿地保护\n"
                + "1.严格湿地用途管控。落实湿地面积总量管控,开展退化湿地修复。(牵头单位:县林业局,责任单位:县水利局)\n")
                .getBytes(StandardCharsets.UTF_8), "Authorization", AUTH);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        List<String> warnings = JsonPath.read(r.body(), "$.warnings");
        assertThat(warnings).singleElement().asString().contains("no title line", "强化湿地保护", "no 发文字号", "no date");
        assertThat((Integer) JsonPath.read(http.get("/health").body(), "$.graphs")).as("/health counts the new graph").isEqualTo(graphsBefore + 1);
    }

    @Test
    void aFileNameWithAPathIsRefusedAndNothingIsWrittenOutsideTheUploadFolder() {
        Dataset before = server.get().store.snapshot();

        for (String name : new String[] {"../escape.txt", "..\\\\escape.txt", "/tmp/escape.txt", "a/../../escape.txt", ".hidden.txt", "plan.sh"}) {
            HttpResponse<String> r = upload(name, seed, "Authorization", AUTH);
            assertThat(r.statusCode()).as(name + " " + r.body()).isEqualTo(400);
            assertThat((String) JsonPath.read(r.body(), "$.error")).contains("refused");
        }
        assertThat(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "escape.txt")).doesNotExist();
        assertUnchanged(before);
    }

    @Test
    void anUploadOverTheSizeLimitIsRefusedAsTooLarge() {
        byte[] big = new byte[(int) ServeConfig.DEFAULT_MAX_UPLOAD_BYTES + 1024];
        java.util.Arrays.fill(big, (byte) 'a');

        HttpResponse<String> r = http.upload(true, "/api/documents", "file", "big.txt", big, "Authorization", AUTH);

        assertThat(r.statusCode()).isEqualTo(413);
    }

    @Test
    void aRequestWithoutTheFileFieldIsABadRequest() {
        HttpResponse<String> r = http.upload("/api/documents", "document", "plan.txt", seed, "Authorization", AUTH);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat((String) JsonPath.read(r.body(), "$.error")).contains("'file'");
    }

    @Test
    void anUploadOfAStoredDocumentFromAnotherFileSaysWhichFileItReplaces() throws Exception {
        byte[] etdz = Files.readAllBytes(Seeds.path(Seeds.NANTONG_ETDZ));
        byte[] variant = (new String(etdz, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> r = upload("etdz_variant.txt", variant, "Authorization", AUTH);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat((String) JsonPath.read(r.body(), "$.replaced")).isEqualTo(Seeds.NANTONG_ETDZ);
    }
}
