package org.policykg.extract.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.policykg.testing.SeedDocuments;

@DisplayName("Typing by keyword index agrees with trying every rule")
class DepartmentTyperIndexTest {
    private static final String SCHEME = """
            @prefix pkg: <https://w3id.org/policykg/ontology#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix t: <https://w3id.org/policykg/vocab/department-type/> .
            t:a skos:inScheme t: ; skos:prefLabel "甲"@zh, "A"@en ; pkg:namePattern "建设局", "局", "办" .
            t:b skos:inScheme t: ; skos:prefLabel "乙"@zh, "B"@en ; pkg:namePattern "建设局", "设局", "水务" .
            t:other skos:inScheme t: ; skos:prefLabel "其他"@zh, "Other"@en .
            """;

    @Test
    @DisplayName("on every name the seed and held-out documents assign, and every part of it")
    void agreesOnShippedNames() {
        DepartmentTyper typer = new DepartmentTyper();
        Set<String> names = new LinkedHashSet<>();
        for (SeedDocuments.Seed doc : SeedDocuments.seedsAndHeldOut()) {
            for (Assignment a : new DepartmentExtractor().extract(doc.text(), doc.outline(), null)) {
                String n = a.name();
                for (int i = 0; i < n.length(); i++) {
                    for (int j = i + 1; j <= n.length(); j++) {
                        names.add(n.substring(i, j));
                    }
                }
            }
        }
        int typed = 0;
        for (String name : names) {
            DepartmentType plain = typer.typeTryingEveryRule(name);
            assertThat(typer.type(name)).as(name).isSameAs(plain);
            typed += plain.isOther() ? 0 : 1;
        }
        assertThat(typed).as("the documents name typed bodies").isGreaterThan(100);
    }

    @Test
    @DisplayName("a keyword two types share, ties of end and length, empty and unknown names: as every rule tried")
    void sharedKeywordsAndTies() {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(SCHEME), null, "TTL");
        DepartmentTyper typer = new DepartmentTyper(m, new DepartmentAliases());
        for (String name : new String[] {"规划建设局", "水务局", "设局", "水务办", "办水务", "局", "无", "", "建设局办"}) {
            assertThat(typer.type(name)).as(name).isSameAs(typer.typeTryingEveryRule(name));
        }
        // 建设局 (both types) outranks 设局 and 局; which type has it first is the model's order, the same in both searches
        assertThat(typer.type("规划建设局").iri()).matches(".*/[ab]");
        assertThat(typer.type("办水务").iri()).endsWith("/b");
        assertThat(typer.type("无").isOther()).isTrue();
    }
}
