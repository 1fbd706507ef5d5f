package org.policykg.serve.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.policykg.store.KnowledgeStore;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /health}: 200 and a small JSON once the store answers a read transaction. The graphs are
 * counted once per store change, not per request: a probe every second listed every named graph of a
 * 10,000-document store, and {@code /health} must answer at once however busy the server is.
 */
@RestController
public class HealthController {
    private record Counted(long generation, long graphs) {
    }

    private final KnowledgeStore store;
    private volatile Counted counted = new Counted(-1, 0);

    public HealthController(KnowledgeStore store) {
        this.store = store;
    }

    @GetMapping(path = "/health", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> health() {
        // The generation before the transaction: a write committed meanwhile only makes the next probe count again.
        long generation = store.generation();
        long graphs = store.read(ds -> {
            Counted known = counted;
            if (known.generation() == generation) {
                return known.graphs();
            }
            long n = 0;
            var it = ds.asDatasetGraph().listGraphNodes();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            counted = new Counted(generation, n);
            return n;
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("graphs", graphs);
        body.put("sparql", "/ds/sparql");
        return body;
    }
}
