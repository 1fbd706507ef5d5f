package org.policykg.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP server on a free loopback port that counts the requests it gets and answers each with an
 * empty SPARQL result and a marker in a header: the address a SERVICE clause should never reach.
 */
public final class RemoteTarget implements AutoCloseable {
    public static final String SECRET = "internal-secret-7f3a";
    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    public RemoteTarget() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = ("{\"head\":{\"vars\":[\"secret\"]},\"results\":{\"bindings\":[{\"secret\":{\"type\":\"literal\",\"value\":\""
                    + SECRET + "\"}}]}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sparql";
    }

    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
