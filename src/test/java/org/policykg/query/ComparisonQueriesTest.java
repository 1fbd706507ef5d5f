package org.policykg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policykg.support.IngestedStore;
import org.policykg.support.Seeds;

/** The cross-city comparison queries, run on the shipped corpus: each answers for every city that has such data. */
class ComparisonQueriesTest {
    private static final Set<String> ALL_CITIES = Set.of("南通市", "嘉兴市", "威海市", "赣州市");
    private static final Set<String> CITIES_WITH_DEPARTMENTS = Set.of("南通市", "嘉兴市", "威海市");

    @RegisterExtension
    static final IngestedStore store = new IngestedStore(Seeds.DIR);
    final SavedQueries queries = new SavedQueries(Path.of("queries"));

    private List<QuerySolution> rows(String name, Map<String, String> params) {
        SavedQuery q = queries.find(name).orElseThrow();
        return store.read(ds -> {
            var builder = QueryExecution.dataset(ds).query(q.parse());
            q.bind(params).forEach((k, v) -> builder.substitution(k, ds.getDefaultModel().asRDFNode(v)));
            try (QueryExecution qe = builder.build()) {
                return ResultSetFormatter.toList(qe.execSelect());
            }
        });
    }

    private static Set<String> column(List<QuerySolution> rows, String var) {
        return rows.stream().filter(r -> r.contains(var)).map(r -> r.get(var).toString()).collect(Collectors.toSet());
    }

    @Test
    void thereAreAtLeastEightComparisonQueries() {
        assertThat(queries.all()).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void twoCitiesTreeCoverTargetsMeetInOneIndicatorConcept() {
        List<QuerySolution> rows = rows("indicator-across-cities",
                Map.of("concept", "https://w3id.org/policykg/vocab/indicator/tree-cover"));

        assertThat(column(rows, "city")).contains("南通市", "嘉兴市", "威海市");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("city").toString()).isEqualTo("嘉兴市");
            assertThat(r.getLiteral("value").getDouble()).isEqualTo(21.3);
            assertThat(r.get("comparator").toString()).isEqualTo("ge");
        });
    }

    @Test
    void sharedIndicatorsAreThoseOfMoreThanOneCity() {
        List<QuerySolution> rows = rows("shared-indicators", Map.of());

        assertThat(rows).isNotEmpty().allMatch(r -> r.getLiteral("cities").getInt() > 1);
        assertThat(column(rows, "concept")).contains("https://w3id.org/policykg/vocab/indicator/tree-cover");
    }

    @Test
    void targetsPerThemeCoverEveryCity() {
        assertThat(column(rows("targets-by-theme", Map.of()), "city")).isEqualTo(ALL_CITIES);
    }

    @Test
    void departmentWorkloadAndLeadingBodiesCoverEveryCityThatAssignsWork() {
        List<QuerySolution> workload = rows("department-workload", Map.of());

        assertThat(column(workload, "cityLabel")).isEqualTo(CITIES_WITH_DEPARTMENTS);
        assertThat(workload).anySatisfy(r -> {
            assertThat(r.get("departmentType").toString()).endsWith("/environment");
            assertThat(r.getLiteral("leads").getInt()).isPositive();
        });
        List<QuerySolution> leaders = rows("lead-bodies", Map.of());
        assertThat(leaders.get(0).getLiteral("leads").getInt()).isGreaterThanOrEqualTo(leaders.get(1).getLiteral("leads").getInt());
    }

    @Test
    void regulationsSharedByCitiesAreFoundAcrossScripts() {
        List<QuerySolution> rows = rows("shared-regulations", Map.of());

        assertThat(column(rows, "number")).contains("国海发〔2017〕2号", "国海发〔2017〕9号");
        assertThat(rows).allMatch(r -> r.getLiteral("cities").getInt() > 1);
    }

    @Test
    void everyPlansPolicyBasisReachesTheNationalLevelWhereItCitesNationalDocuments() {
        List<QuerySolution> rows = rows("policy-basis-by-level", Map.of());

        assertThat(column(rows, "source")).hasSize(5);
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("source").toString()).isEqualTo(Seeds.WEIHAI_ETDZ);
            assertThat(r.get("level").toString()).isEqualTo("national");
        });
    }

    @Test
    void theTimelineHoldsEveryCity() {
        List<QuerySolution> rows = rows("timeline", Map.of());

        assertThat(column(rows, "city")).isEqualTo(ALL_CITIES);
        assertThat(column(rows, "kind")).contains("issued", "plan period", "target year", "project deadline");
    }

    @Test
    void projectsCarryTheirInvestmentAndCityTotal() {
        List<QuerySolution> rows = rows("projects-by-city", Map.of());

        assertThat(column(rows, "city")).containsExactly("南通市");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("project").toString()).isEqualTo("老洪港湿地公园扩建工程");
            assertThat(r.getLiteral("investment").getDouble()).isEqualTo(1500.0);
        });
        assertThat(rows.get(0).getLiteral("cityInvestment").getDouble()).isGreaterThan(40000);
    }
}
