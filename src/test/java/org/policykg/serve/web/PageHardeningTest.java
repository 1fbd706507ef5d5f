package org.policykg.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policykg.serve.Http;
import org.policykg.serve.ServedSeeds;

/** What a page may carry: no link of a scheme that runs code, the hardening headers, PolicyKG's own error pages. */
class PageHardeningTest {
    static ServedSeeds served;
    static Http http;

    @BeforeAll
    static void serve() {
        served = ServedSeeds.readOnly();
        http = served.http;
    }

    @Test
    void aJavascriptIriParameterIsRefusedAndNeverRenderedAsALink() {
        HttpResponse<String> r = http.get("/compare?concept=" + Http.encode("javascript:alert(1)"), "Accept", "text/html");
        HttpResponse<String> data = http.get("/compare?theme=" + Http.encode("data:text/html,<script>alert(1)</script>"), "Accept", "text/html");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).doesNotContain("href=\"javascript:");
        assertThat(data.statusCode()).isEqualTo(400);
        assertThat(data.body()).doesNotContain("href=\"data:").doesNotContain("<script>alert");
    }

    @Test
    void linksAreRenderedForHttpAndUrnIrisOnly() {
        LocalPaths links = new LocalPaths(new org.policykg.rdf.Iris("https://w3id.org/policykg/"));

        assertThat(links.href("javascript:alert(1)")).isNull();
        assertThat(links.href(" JavaScript:alert(1)")).isNull();
        assertThat(links.href("data:text/html,x")).isNull();
        assertThat(links.href("https://example.org/x")).isEqualTo("https://example.org/x");
        assertThat(links.href("urn:isbn:123")).isEqualTo("urn:isbn:123");
        assertThat(links.href("https://w3id.org/policykg/document/x")).isEqualTo("/document/x");
    }

    @Test
    void pagesCarryTheHardeningHeaders() {
        for (String path : new String[] {"/", "/search?q=" + Http.encode("湿地"), "/editor", "/compare/departments", "/no-such-page"}) {
            HttpResponse<String> r = http.get(path, "Accept", "text/html");
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");

            assertThat(csp).as(path).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-eval");
            assertThat(csp.substring(csp.indexOf("script-src"))).as(path).startsWith("script-src 'self';");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).isPresent();
        }
    }

    @Test
    void pagesCarryNoInlineScriptSoThePolicyNeedsNone() {
        for (String path : new String[] {"/", "/editor", "/compare/departments", "/compare"}) {
            String body = http.get(path, "Accept", "text/html").body();

            assertThat(body).as(path).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
            assertThat(body).as(path).doesNotContainPattern("\\son[a-z]+=\"");
        }
    }

    @Test
    void aRequestJettyRefusesGetsPolicyKgsErrorPageWithTheHeaders() throws IOException {
        String answer = raw("GET /document/%ZZ HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).contains("Content-Security-Policy: ").contains("X-Content-Type-Options: nosniff");
        assertThat(answer).contains("href=\"/static/web/policykg.css\"").contains("PolicyKG");
        assertThat(answer).doesNotContain("Powered by Jetty").doesNotContain("HTTP ERROR");
    }

    @Test
    void anErrorInsideTheApplicationIsAPolicyKgPage() {
        HttpResponse<String> r = http.get("/no-such-page", "Accept", "text/html");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("policykg.css").doesNotContain("Whitelabel").doesNotContain("Jetty");
    }

    /** A request as sent, on its own connection: the test needs a path that Java's URI class would refuse to build. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", served.server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
