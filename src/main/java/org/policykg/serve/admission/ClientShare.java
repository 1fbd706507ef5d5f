package org.policykg.serve.admission;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Each client's share of query executions of one kind (ad-hoc {@code /ds} queries; saved queries and
 * pages): at most {@code perClient} running at once per client address. Without it four runaway
 * queries from one address held every slot and everyone else waited for the whole timeout; with it one client's runaways take its own share only, and what it
 * sends beyond its share is answered 429 at once (as WDQS does). A client is its remote address: behind
 * a reverse proxy every client is the proxy, so the proxy must keep its own per-client limit.
 */
public final class ClientShare {
    /** A taken place in a client's share; closing gives it back. */
    public interface Place extends AutoCloseable {
        @Override
        void close();
    }

    private final int perClient;
    /** Running executions by client; a client with none has no entry, so the map does not grow with every address seen. */
    private final ConcurrentHashMap<String, Integer> running = new ConcurrentHashMap<>();

    public ClientShare(int perClient) {
        this.perClient = perClient;
    }

    public int perClient() {
        return perClient;
    }

    /**
     * A place in the client's share, or null when the client already runs its share. Work that no
     * request asked for (a null client: the default answers computed after start-up) is not counted.
     */
    public Place take(String client) {
        if (client == null) {
            return () -> { };
        }
        boolean[] taken = {false};
        running.compute(client, (c, n) -> {
            int now = n == null ? 0 : n;
            if (now >= perClient) {
                return n;
            }
            taken[0] = true;
            return now + 1;
        });
        return taken[0] ? () -> running.computeIfPresent(client, (c, n) -> n <= 1 ? null : n - 1) : null;
    }
}
