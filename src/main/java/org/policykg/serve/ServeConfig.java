package org.policykg.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How {@code policykg serve} runs: the port (0 picks a free one), the address to bind (null: the
 * loopback address only), the limit every SPARQL query runs under, the admin token that turns the
 * upload route on (null or blank: route off), the folder of saved queries (used when present, else
 * the copies in the jar), the largest accepted upload, the base IRI of minted resources, and what the
 * public endpoint allows: the remote endpoints a {@code SERVICE} may call (none by default), how many
 * queries one client may run at once, and the most rows one query may answer; and whether it runs
 * behind a reverse proxy, whose X-Forwarded-For header then names the client.
 */
public record ServeConfig(int port, String host, Duration queryTimeout, String adminToken, Path queriesDir,
        long maxUploadBytes, String baseIri, List<String> serviceAllow, int queriesPerClient, long maxRows,
        boolean behindProxy) {

    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 20L * 1024 * 1024;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_QUERIES_PER_CLIENT = 2;
    public static final long DEFAULT_MAX_ROWS = 100_000;

    public ServeConfig {
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("query timeout must be positive: " + queryTimeout);
        }
        if (maxUploadBytes <= 0) {
            throw new IllegalArgumentException("upload limit must be positive: " + maxUploadBytes);
        }
        if (queriesPerClient <= 0) {
            throw new IllegalArgumentException("queries per client must be positive: " + queriesPerClient);
        }
        if (maxRows <= 0) {
            throw new IllegalArgumentException("row limit must be positive: " + maxRows);
        }
        for (String endpoint : serviceAllow) {
            if (!endpoint.startsWith("http://") && !endpoint.startsWith("https://")) {
                throw new IllegalArgumentException("--service-allow: '" + endpoint + "' is not an http(s) endpoint URL");
            }
        }
        serviceAllow = List.copyOf(serviceAllow);
    }

    /** With the public endpoint's defaults: no federation, {@value #DEFAULT_QUERIES_PER_CLIENT} queries a client, {@value #DEFAULT_MAX_ROWS} rows. */
    public ServeConfig(int port, String host, Duration queryTimeout, String adminToken, Path queriesDir, long maxUploadBytes, String baseIri) {
        this(port, host, queryTimeout, adminToken, queriesDir, maxUploadBytes, baseIri, List.of(), DEFAULT_QUERIES_PER_CLIENT, DEFAULT_MAX_ROWS, false);
    }

    public Optional<String> token() {
        return adminToken == null || adminToken.isBlank() ? Optional.empty() : Optional.of(adminToken.strip());
    }

    /** The address to listen on: the loopback address unless one was given. */
    public String bindAddress() {
        return host == null || host.isBlank() ? DEFAULT_HOST : host.strip();
    }

    public ServeConfig withPort(int newPort) {
        return new ServeConfig(newPort, host, queryTimeout, adminToken, queriesDir, maxUploadBytes, baseIri, serviceAllow, queriesPerClient, maxRows, behindProxy);
    }

    public ServeConfig withServiceAllow(List<String> endpoints) {
        return new ServeConfig(port, host, queryTimeout, adminToken, queriesDir, maxUploadBytes, baseIri, endpoints, queriesPerClient, maxRows, behindProxy);
    }

    public ServeConfig withQueriesPerClient(int n) {
        return new ServeConfig(port, host, queryTimeout, adminToken, queriesDir, maxUploadBytes, baseIri, serviceAllow, n, maxRows, behindProxy);
    }

    /** Behind a reverse proxy that alone reaches the server: the client is the one its X-Forwarded-For names. */
    public ServeConfig withBehindProxy(boolean proxied) {
        return new ServeConfig(port, host, queryTimeout, adminToken, queriesDir, maxUploadBytes, baseIri, serviceAllow, queriesPerClient, maxRows, proxied);
    }

    public ServeConfig withMaxRows(long rows) {
        return new ServeConfig(port, host, queryTimeout, adminToken, queriesDir, maxUploadBytes, baseIri, serviceAllow, queriesPerClient, rows, behindProxy);
    }
}
