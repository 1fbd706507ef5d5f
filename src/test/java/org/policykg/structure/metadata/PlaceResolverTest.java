package org.policykg.structure.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policykg.structure.number.IssuerCodes;
import org.policykg.testing.SampleTexts;
import org.policykg.vocab.Place;
import org.policykg.vocab.PlaceVocabulary;
import org.policykg.structure.LiteralAlternation;

/** The most specific place named is found asking only the labels that start with one of the text's characters. */
class PlaceResolverTest {
    private final PlaceVocabulary vocabulary = PlaceVocabulary.shared();
    private final PlaceResolver resolver = new PlaceResolver(vocabulary, IssuerCodes.shared());

    /** The rule as it reads: every label in the vocabulary's order, the first of the highest level named wins. */
    private Optional<Place> plainMostSpecific(String text) {
        Place best = null;
        for (String label : vocabulary.textLabels()) {
            Optional<PlaceVocabulary.Entry> entry = vocabulary.byLabel(label);
            if (entry.isPresent() && text.contains(label)) {
                Place p = vocabulary.toPlace(entry.get());
                if (best == null || rank(p) > rank(best)) {
                    best = p;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static int rank(Place p) {
        return switch (p.level()) {
            case "district" -> 3;
            case "municipal" -> 2;
            case "provincial" -> 1;
            default -> 0;
        };
    }

    @Test
    void theMostSpecificPlaceIsThePlainRulesOnEveryText() {
        List<String> texts = new ArrayList<>(List.of("", "南", "南通", "南通市", "江苏省南通市崇川区", "崇川区南通市江苏省", "中国",
                "关于印发南通市海岸线保护与利用管理办法的通知", "某某县人民政府"));
        texts.addAll(SampleTexts.linesAndTasks());
        int named = 0;
        for (String text : texts) {
            Optional<Place> plain = plainMostSpecific(text);
            assertThat(resolver.mostSpecific(text)).as(text).isEqualTo(plain);
            named += plain.isPresent() ? 1 : 0;
        }
        assertThat(named).as("texts naming a place").isGreaterThan(50);
    }

    @Test
    void howTheBodySpeaksIsCountedAsTheAlternationFindsIt() {
        assertThat(PlaceResolver.SPEAKS_AS_DISTRICT.pattern().pattern()).isEqualTo("我区|本区|全区|港区|开发区|园区|我县|全县");
        assertThat(PlaceResolver.SPEAKS_AS_CITY.pattern().pattern()).isEqualTo("我市|本市|全市");
        List<String> texts = new ArrayList<>(List.of("", "我", "我区", "我区区", "开发区", "开发开发区", "全区全县全市", "我我区", "港区园区",
                "本市本区本市"));
        texts.addAll(SampleTexts.linesAndTasks());
        texts.addAll(SampleTexts.documentsRawAndNormalized());
        int found = 0;
        for (String text : texts) {
            for (LiteralAlternation count : List.of(PlaceResolver.SPEAKS_AS_DISTRICT, PlaceResolver.SPEAKS_AS_CITY)) {
                long plain = count.pattern().matcher(text).results().count();
                assertThat(count.count(text)).as(text).isEqualTo(plain);
                found += plain > 0 ? 1 : 0;
            }
        }
        assertThat(found).as("texts speaking as a place").isGreaterThan(20);
    }
}
