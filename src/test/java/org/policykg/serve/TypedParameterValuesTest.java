package org.policykg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.JsonPath;

/**
 * Parameter values as a researcher types them: a regulation number in any bracket, script, width or
 * spacing, short names instead of whole IRIs; and a value that names nothing is said to be unknown,
 * with the nearest known ones, instead of an empty table.
 */
class TypedParameterValuesTest {
    static final String NUMBER = "国海发〔2017〕2号";
    static Http http;

    @BeforeAll
    static void serve() {
        http = ServedSeeds.readOnly().http;
    }

    static HttpResponse<String> run(String name, Map<String, String> params) {
        return http.get("/api/queries/" + name + "?" + Http.query(params), "Accept", "text/csv");
    }

    @ParameterizedTest
    @ValueSource(strings = {"国海发[2017]2号", "国海发〔2017〕2", "国海发(2017)2号", "國海發〔2017〕2號", "国海发［２０１７］２号", " 国海发 〔2017〕 2 号 "})
    void aRegulationNumberWrittenAnyWayFindsTheRegulation(String written) {
        HttpResponse<String> r = run("cited-by", Map.of("number", written));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body().lines().skip(1)).hasSize(2).allSatisfy(row -> assertThat(row).contains(NUMBER));
    }

    @Test
    void aNumberThatMatchesNoRegulationIsSaidToBeUnknownWithTheNearest() {
        HttpResponse<String> r = run("cited-by", Map.of("number", "国海发〔2017〕3号"));

        assertThat(r.statusCode()).isEqualTo(400);
        String error = JsonPath.read(r.body(), "$.error");
        assertThat(error).contains("'number'").contains("国海发〔2017〕3号").contains("not in the store").contains("nearest").contains(NUMBER);
    }

    @Test
    void shortNamesStandForTheWholeIri() {
        HttpResponse<String> shortName = run("indicator-across-cities", Map.of("concept", "tree-cover"));
        HttpResponse<String> iri = run("indicator-across-cities", Map.of("concept", "https://w3id.org/policykg/vocab/indicator/tree-cover"));
        HttpResponse<String> city = run("department-workload", Map.of("city", "南通"));
        HttpResponse<String> encodedIri = run("cited-by", Map.of("regulation", "https://w3id.org/policykg/regulation/" + Http.encode("国海发") + "-2017-2"));

        assertThat(shortName.statusCode()).as(shortName.body()).isEqualTo(200);
        assertThat(shortName.body()).isEqualTo(iri.body());
        assertThat(shortName.body().lines().count()).isGreaterThan(1);
        assertThat(city.statusCode()).as(city.body()).isEqualTo(200);
        assertThat(encodedIri.statusCode()).as(encodedIri.body()).isEqualTo(200);
        assertThat(encodedIri.body().lines().skip(1)).hasSize(2);
        assertThat(city.body().lines().skip(1)).isNotEmpty().allSatisfy(row -> assertThat(row).contains("南通市"));
    }

    @Test
    void anUnknownValueIsABadRequestNamingIt() {
        HttpResponse<String> r = run("department-workload", Map.of("city", "https://w3id.org/policykg/vocab/place/火星市"));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat((String) JsonPath.read(r.body(), "$.error")).contains("'city'").contains("火星市");
    }

    @Test
    void eachParameterListsTheValuesItTakes() {
        HttpResponse<String> r = http.get("/api/queries/indicator-across-cities/parameters");

        assertThat(r.statusCode()).isEqualTo(200);
        List<String> names = JsonPath.read(r.body(), "$[?(@.name == 'concept')].values[*].name");
        assertThat(names).contains("tree-cover", "pm25-concentration");
        List<String> listedAt = JsonPath.read(http.get("/api/queries").body(), "$[?(@.name == 'indicator-across-cities')].parameters[0].values");
        assertThat(listedAt).containsExactly("/api/queries/indicator-across-cities/parameters");
    }

    @Test
    void theComparisonPageTakesShortNames() {
        HttpResponse<String> page = http.get("/compare?concept=tree-cover");
        HttpResponse<String> unknown = http.get("/compare?concept=no-such-concept", "Accept", "text/html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Tree cover");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("no-such-concept");
    }

    @Test
    void theRegulationLookupOpensTheRegulationOrOffersTheNearest() {
        HttpResponse<String> found = http.get("/regulations?number=" + Http.encode("国海发[2017]2号"));
        HttpResponse<String> missing = http.get("/regulations?number=" + Http.encode("国海发(2017)3号"));

        assertThat(found.statusCode()).isEqualTo(302);
        assertThat(found.headers().firstValue("Location").orElseThrow()).contains("/regulation/");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("id=\"no-match\"").contains(NUMBER);
    }
}
