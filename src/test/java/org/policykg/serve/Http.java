package org.policykg.serve;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** A plain HTTP client against a running server, as a researcher's tool would call it. */
public final class Http {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    public Http(int port) {
        this.base = "http://localhost:" + port;
    }

    public String url(String path) {
        return base + path;
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public static String query(Map<String, String> params) {
        return params.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    /** A GET that must be answered within {@code limit}; a slower answer fails the request (HttpTimeoutException). */
    public HttpResponse<String> getWithin(Duration limit, String path, String... headers) {
        return send(request(path, headers).timeout(limit).GET().build());
    }

    public HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        return send(request(path, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    public HttpResponse<String> put(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE().build());
    }

    public HttpResponse<String> options(String path, String... headers) {
        return send(request(path, headers).method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
    }

    /** A multipart/form-data upload of one part named {@code field}. */
    public HttpResponse<String> upload(String path, String field, String fileName, byte[] content, String... headers) {
        return upload(false, path, field, fileName, content, headers);
    }

    /**
     * The same upload with {@code Expect: 100-continue} when {@code askFirst}, as curl sends a large file: the
     * body goes only after the server agrees, so a refusal is read before any of it is sent.
     */
    public HttpResponse<String> upload(boolean askFirst, String path, String field, String fileName, byte[] content, String... headers) {
        String boundary = "----policykg" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = request(path, headers).expectContinue(askFirst).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        if (!askFirst) {
            return send(client, request);
        }
        // On its own connection: after a refusal before the body, whether the client still sends it is
        // its own affair, and a later request put on that connection could wait for an answer forever.
        return send(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), request);
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    /**
     * Sent once more when the connection fails: the client reuses kept-alive connections, and one the
     * server closed after an error answer can fail the next request put on it before the server sees
     * it. The retry goes out on a new connection; what the server answers is still what is asserted.
     */
    private HttpResponse<String> send(HttpRequest request) {
        return send(client, request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (java.net.http.HttpTimeoutException e) {
                throw e;
            } catch (java.io.IOException closedConnection) {
                return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
        } catch (Exception e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
        }
    }
}
