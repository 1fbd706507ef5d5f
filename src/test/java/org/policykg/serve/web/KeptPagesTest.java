package org.policykg.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policykg.serve.ServedSeeds;

/**
 * A page asked again while the store is unchanged is the page rendered the first time, with the same
 * headers; once a document is uploaded the page is rendered anew and shows it. Errors are not kept.
 */
class KeptPagesTest {
    static final String TOKEN = "kept-pages-token";
    @RegisterExtension
    static final ServedSeeds.PerClass server = ServedSeeds.perClass(TOKEN);

    @Test
    void aPageIsKeptUntilTheStoreChanges() {
        HttpResponse<String> first = server.get().http.get("/", "Accept", "text/html");
        HttpResponse<String> again = server.get().http.get("/", "Accept", "text/html");

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Content-Security-Policy")).isEqualTo(first.headers().firstValue("Content-Security-Policy"));
        assertThat(again.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(first.body()).doesNotContain("守护湿地专项行动");

        HttpResponse<String> upload = server.get().http.upload("/api/documents", "file", "wetland-excerpt.txt",
                ("守护湿地专项行动方案\n一、严格湿地用途管控。(牵头单位:县林业局)\n").getBytes(StandardCharsets.UTF_8),
                "Authorization", "Bearer " + TOKEN);
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);

        assertThat(server.get().http.get("/", "Accept", "text/html").body()).as("rendered anew after the upload").contains("守护湿地专项行动");
    }

    @Test
    void aRefusedPageIsNotKept() {
        HttpResponse<String> bad = server.get().http.get("/compare?concept=javascript:alert(1)", "Accept", "text/html");
        HttpResponse<String> good = server.get().http.get("/compare?concept=tree-cover", "Accept", "text/html");

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(server.get().http.get("/compare?concept=javascript:alert(1)", "Accept", "text/html").statusCode()).isEqualTo(400);
        assertThat(good.statusCode()).isEqualTo(200);
    }
}
