package org.policykg.serve.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policykg.rdf.vocab.Eli;
import org.policykg.rdf.vocab.PolicyOntology;
import org.policykg.support.Seeds;

/** The searcher that keeps its reader open finds what jena-text's own query finds: the same hits, scores and literals, in order. */
class TextSearcherTest {
    private static TextIndex jenaText;
    private static TextSearcher searcher;

    @BeforeAll
    static void indexTheLinesOfTwoSeeds() throws Exception {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        jenaText = SearchIndex.newIndex(directory);
        int n = 0;
        for (String seed : List.of(Seeds.NANTONG_2018, Seeds.GANZHOU)) {
            for (String line : Files.readAllLines(Seeds.path(seed), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                Entity e = new Entity("https://example.org/line/" + n++, null, "zh-Hans", null);
                e.put(line.length() < 40 ? SearchIndex.TITLE_FIELD : SearchIndex.TEXT_FIELD, line.strip());
                jenaText.addEntity(e);
            }
        }
        jenaText.prepareCommit();
        jenaText.commit();
        searcher = SearchIndex.searcher(directory);
    }

    @Test
    void everyQueryFindsWhatJenaTextFinds() {
        for (String query : List.of("\"湿地\"", "\"生态文明\" AND \"建设\"", "\"大气污染\"", "\"河长制\"", "\"不存在的词语\"", "\"绿色\" AND \"发展\"")) {
            for (String field : List.of(SearchIndex.TEXT_FIELD, SearchIndex.TITLE_FIELD)) {
                Node property = field.equals(SearchIndex.TEXT_FIELD) ? PolicyOntology.text.asNode() : Eli.title.asNode();
                List<String> expected = shown(jenaText.query(property, query, null, null, 200));
                assertThat(shown(searcher.query(field, property, query, 200))).as(field + " " + query).isEqualTo(expected);
            }
        }
        assertThat(shown(searcher.query(SearchIndex.TEXT_FIELD, PolicyOntology.text.asNode(), "\"湿地\"", 200))).isNotEmpty();
    }

    private static List<String> shown(List<TextHit> hits) {
        return hits.stream().map(h -> h.getNode() + " " + h.getScore() + " " + h.getLiteral()).toList();
    }
}
