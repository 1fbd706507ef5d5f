package org.policykg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policykg.support.IngestedStore;
import org.policykg.support.Seeds;

class SavedQueriesTest {
    @RegisterExtension
    static final IngestedStore store = new IngestedStore(Seeds.DIR);
    final SavedQueries queries = new SavedQueries(Path.of("queries"));

    private String run(String name, Map<String, String> params) {
        return store.tsv(queries.find(name).orElseThrow(), params);
    }

    @Test
    void everySavedQueryHasATitleADescriptionAndParses() {
        assertThat(queries.all()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(q -> {
            assertThat(q.title()).isNotEqualTo(q.name());
            assertThat(q.description()).isNotBlank();
            q.parse();
        });
    }

    @Test
    void headerParametersAreReadWithTheirTypes() {
        SavedQuery citedBy = queries.find("cited-by").orElseThrow();

        assertThat(citedBy.parameters()).extracting(QueryParameter::name).containsExactly("number", "regulation");
        assertThat(citedBy.parameters().get(1).type()).isEqualTo(ParameterType.IRI);
        assertThat(citedBy.parameters()).allMatch(QueryParameter::optional);
    }

    @Test
    void citationsReturnExactlyTheContractColumns() {
        String tsv = run("citations", Map.of());

        assertThat(tsv.lines().findFirst()).contains("?source\t?number\t?title");
        assertThat(tsv).contains("\"000_937dee3802406d3d.txt\"\t\"苏政办发〔2017〕115号\"");
    }

    @Test
    void aParameterNarrowsTheQueryToOneRegulation() {
        String all = run("cited-by", Map.of());
        String one = run("cited-by", Map.of("number", "国海发〔2017〕2号"));

        assertThat(one.lines().count() - 1).isEqualTo(2);
        assertThat(all.lines().count()).isGreaterThan(one.lines().count());
    }

    @Test
    void anInjectionAttemptInAParameterIsJustAnUnmatchedValue() {
        String injected = run("cited-by", Map.of("number", "x\" } UNION { ?doc ?p ?o } #"));

        assertThat(injected.lines().count()).isEqualTo(1);
    }

    @Test
    void aMissingOrIllTypedOrUnknownParameterIsRefusedByName() {
        SavedQuery citedBy = queries.find("cited-by").orElseThrow();

        assertThatThrownBy(() -> citedBy.bind(Map.of("regulation", "not an iri"))).hasMessageContaining("regulation");
        assertThatThrownBy(() -> citedBy.bind(Map.of("colour", "red"))).hasMessageContaining("colour");
        SavedQuery required = SavedQueries.parse("q", "# title: t\n# param: year year — a year\nSELECT * {}");
        assertThatThrownBy(() -> required.bind(Map.of())).hasMessageContaining("year");
        assertThatThrownBy(() -> required.bind(Map.of("year", "20x8"))).hasMessageContaining("year");
    }

    @Test
    void queryNamesCannotLeaveTheQueriesFolder() {
        assertThat(queries.find("../pom")).isEmpty();
        assertThat(queries.find("/etc/passwd")).isEmpty();
    }
}
