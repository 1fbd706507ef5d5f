package org.policykg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The routes the start-up message lists are read from the running server, and each is one it answers. */
class ServedRoutesTest {
    private final ServedSeeds served = ServedSeeds.readOnly();

    @Test
    void theEndpointAndTheControllersAreListedFromTheirMappings() {
        List<ServedRoute> routes = served.server.routes();

        assertThat(routes.get(0)).as("the SPARQL endpoint first").isEqualTo(new ServedRoute("SPARQL Query", "/ds/query", List.of("/ds/sparql", "/ds")));
        assertThat(routes).extracting(ServedRoute::path)
                .contains("/", "/health", "/api/queries", "/api/queries/{name}", "/api/validation", "/api/documents", "/ds/data")
                .doesNotContain("/error");
        assertThat(routes).filteredOn(r -> r.path().equals("/api/documents")).extracting(ServedRoute::what).containsExactly("POST");
    }

    @Test
    void everyListedPageWithoutAVariableAnswers() {
        List<String> plain = served.server.routes().stream().filter(r -> r.what().contains("GET"))
                .map(ServedRoute::path).filter(p -> !p.contains("{") && !p.contains("*")).toList();

        assertThat(plain).hasSizeGreaterThan(5);
        for (String path : plain) {
            HttpResponse<String> answer = served.http.get(path, "Accept", "text/html,application/json;q=0.9,*/*;q=0.8");
            assertThat(answer.statusCode()).as("GET %s", path).isNotIn(404, 405);
        }
    }

    @Test
    void theBannerPrintsEveryRouteAtTheServedAddress() {
        ServeConfig config = new ServeConfig(0, "0.0.0.0", ServedSeeds.TIMEOUT, null, null, 1024, "https://example.org/");
        String banner = ServingBanner.text("data/store", config, 8123, served.server.routes(), 1.25);

        assertThat(banner.lines().findFirst()).hasValue("PolicyKG serving data/store at http://localhost:8123/ (ready in 1.3 s)");
        served.server.routes().forEach(r -> assertThat(banner).contains("http://localhost:8123" + r.path()));
        assertThat(banner).contains("/ds/query   (also /ds/sparql, /ds)").contains("upload off (POLICYKG_ADMIN_TOKEN not set)")
                .contains("query timeout 3000 ms");
    }
}
