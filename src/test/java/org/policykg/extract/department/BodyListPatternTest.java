package org.policykg.extract.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The three ways a paragraph names who delivers its task, each a {@link BodyListPattern}, and the rule that
 * the first one finding anything decides; on short task lines written for the test.
 */
@DisplayName("Body list patterns, surest first")
class BodyListPatternTest {
    private static final List<BodyListPattern> IN_ORDER = List.of(new LabelledLists(), new TrailingBracket(), new ProseLeads());

    private static List<String> names(List<Mention> found) {
        return found.stream().map(m -> m.name() + ":" + m.role()).toList();
    }

    @Test
    @DisplayName("LabelledLists: (牵头单位:A;配合单位:B) — the labels give the roles")
    void labelledList() {
        assertThat(names(new LabelledLists().find("加强河道保洁。(牵头单位:县水利局;配合单位:县财政局)")))
                .containsExactly("县水利局:LEAD", "县财政局:SUPPORT");
    }

    @Test
    @DisplayName("TrailingBracket: (A、B) closing the task — the first leads")
    void trailingBracket() {
        assertThat(names(new TrailingBracket().find("加强河道保洁。(县水利局、县财政局)")))
                .containsExactly("县水利局:LEAD", "县财政局:SUPPORT");
        assertThat(new TrailingBracket().find("实施河道保洁方案(试行)。")).isEmpty();
    }

    @Test
    @DisplayName("ProseLeads: 由A牵头，B配合 — the verbs give the roles")
    void proseLeads() {
        assertThat(names(new ProseLeads().find("由县水利局牵头，县财政局配合，加强河道保洁。")))
                .containsExactly("县水利局:LEAD", "县财政局:SUPPORT");
    }

    @Test
    @DisplayName("the first pattern that finds anything decides: a labelled list wins over prose in the same task")
    void firstFoundDecides() {
        String task = "由县环保局牵头开展巡查。(责任单位:县水利局)";
        assertThat(names(BodyListPattern.firstFound(IN_ORDER, task))).containsExactly("县水利局:LEAD");
        assertThat(names(BodyListPattern.firstFound(IN_ORDER, "由县环保局牵头开展巡查。"))).containsExactly("县环保局:LEAD");
        assertThat(BodyListPattern.firstFound(IN_ORDER, "加强河道保洁。")).isEmpty();
    }
}
