package org.policykg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.query.SavedQuery;
import org.policykg.serve.api.QueryCatalog;

/** Where the API's saved queries come from: the queries folder when present, else the jar's copies. */
class QueryCatalogTest {
    @TempDir
    Path tmp;

    static QueryCatalog catalog(Path dir) {
        return new QueryCatalog(new ServeConfig(0, null, Duration.ofSeconds(1), null, dir, 1, "https://example.org/"));
    }

    @Test
    void withoutAQueriesFolderThePackagedCopiesAreListedAndFound() {
        QueryCatalog packaged = catalog(tmp.resolve("absent"));

        assertThat(packaged.all()).extracting(SavedQuery::name).contains("citation-chains", "citations", "cited-by", "task-departments", "indicator-targets").isSorted();
        assertThat(packaged.find("cited-by")).hasValueSatisfying(q -> assertThat(q.title()).isEqualTo("Who cites a regulation"));
        assertThat(packaged.source()).isEqualTo("classpath:/queries");
    }

    @Test
    void aQueriesFolderReplacesThePackagedCopies() throws Exception {
        Files.writeString(tmp.resolve("mine.rq"), "# title: Mine\n# description: d\nSELECT * { ?s ?p ?o } LIMIT 1\n");

        QueryCatalog local = catalog(tmp);

        assertThat(local.all()).extracting(SavedQuery::name).containsExactly("mine");
        assertThat(local.find("cited-by")).isEmpty();
    }

    @Test
    void namesThatAreNotPlainQueryNamesFindNothing() throws Exception {
        Files.writeString(tmp.resolve("secret.txt"), "SELECT * {}");
        Path queries = Files.createDirectory(tmp.resolve("queries"));
        QueryCatalog local = catalog(queries);

        for (String name : new String[] {"../secret", "..", "./x", "/etc/passwd", "cited-by.rq", "a/b", "..\\secret", "", "%2e%2e"}) {
            assertThat(local.find(name)).as(name).isEmpty();
        }
    }
}
