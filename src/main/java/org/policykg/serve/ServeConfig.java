package org.policykg.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How {@code policykg serve} runs: the port (0 picks a free one), the address to bind (null: every
 * interface), the limit every SPARQL query runs under, the admin token that turns the upload route
 * on (null or blank: route off), the folder of saved queries (used when present, else the copies in
 * the jar), the largest accepted upload and the base IRI of minted resources.
 */
public record ServeConfig(int port, String host, Duration queryTimeout, String adminToken, Path queriesDir,
        long maxUploadBytes, String baseIri) {

    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

    public ServeConfig {
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("query timeout must be positive: " + queryTimeout);
        }
        if (maxUploadBytes <= 0) {
            throw new IllegalArgumentException("upload limit must be positive: " + maxUploadBytes);
        }
    }

    public Optional<String> token() {
        return adminToken == null || adminToken.isBlank() ? Optional.empty() : Optional.of(adminToken.strip());
    }

    public ServeConfig withPort(int newPort) {
        return new ServeConfig(newPort, host, queryTimeout, adminToken, queriesDir, maxUploadBytes, baseIri);
    }
}
