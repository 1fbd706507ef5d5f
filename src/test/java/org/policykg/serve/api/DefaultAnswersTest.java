package org.policykg.serve.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.query.QueryParameter;
import org.policykg.query.SavedQuery;
import org.policykg.serve.ServeConfig;
import org.policykg.serve.cache.OnDiskAnswer;
import org.policykg.serve.cache.AnswerSpillFolder;
import org.policykg.serve.admission.Admission;
import org.policykg.support.Seeds;
import org.policykg.support.TempStore;

/** The default answers of the parameterless saved queries are kept ready, and made again after a write. */
class DefaultAnswersTest {
    @TempDir
    Path tmp;

    @Test
    void afterStartAndAfterEachWriteEveryQueryWithoutRequiredParametersHasItsAnswerKept() {
        try (TempStore temp = new TempStore(tmp.resolve("store"))) {
            temp.ingest(Seeds.path(Seeds.NANTONG_ETDZ));
            ServeConfig config = new ServeConfig(0, null, Duration.ofSeconds(30), null, Path.of("queries"), 1, "https://example.org/");
            QueryCatalog catalog = new QueryCatalog(config);
            AnswerSpillFolder files = new AnswerSpillFolder(tmp.resolve("answers"), 4096); // the larger answers go to files
            SavedQueryAnswers answers = new SavedQueryAnswers(temp.store, Admission.slots(config), files);
            DefaultAnswers defaults = new DefaultAnswers(catalog, answers);
            Predicate<SavedQuery> kept = q -> answers.kept(q, Map.of(), null).isPresent();
            List<SavedQuery> parameterless = catalog.all().stream()
                    .filter(q -> q.parameters().stream().allMatch(QueryParameter::optional)).toList();
            assertThat(parameterless).isNotEmpty();
            assertThat(parameterless).noneMatch(kept);

            defaults.refresh();
            await().atMost(Duration.ofMinutes(1)).until(() -> parameterless.stream().allMatch(kept));

            temp.ingest(Seeds.path(Seeds.WEIHAI_ETDZ));
            assertThat(parameterless).as("a write makes the kept answers stale").noneMatch(kept);
            defaults.refresh();
            await().atMost(Duration.ofMinutes(1)).until(() -> parameterless.stream().allMatch(kept));
            assertThat(parameterless).anyMatch(q -> answers.kept(q, Map.of(), null).orElseThrow() instanceof OnDiskAnswer);
            defaults.stop();
            files.close();
        }
    }
}
