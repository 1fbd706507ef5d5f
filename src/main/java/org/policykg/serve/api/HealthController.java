package org.policykg.serve.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.policykg.store.KnowledgeStore;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /health}: 200 and a small JSON once the store answers a read transaction. */
@RestController
public class HealthController {
    private final KnowledgeStore store;

    public HealthController(KnowledgeStore store) {
        this.store = store;
    }

    @GetMapping(path = "/health", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> health() {
        long graphs = store.read(ds -> {
            long n = 0;
            var it = ds.asDatasetGraph().listGraphNodes();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("graphs", graphs);
        body.put("sparql", "/ds/sparql");
        return body;
    }
}
