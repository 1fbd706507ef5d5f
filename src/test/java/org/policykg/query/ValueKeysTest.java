package org.policykg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policykg.extract.citation.RegulationKey;

/** Known values keyed once answer as a scan of the list in order would. */
class ValueKeysTest {
    private static final KnownValues.Value PLAN = new KnownValues.Value("https://w3id.org/policykg/regulation/a", "a",
            "苏政办发〔2017〕115号", List.of("江苏省生态文明建设规划"));
    private static final KnownValues.Value OTHER = new KnownValues.Value("https://w3id.org/policykg/regulation/b", "b",
            "国发〔2015〕17号", List.of("水污染防治行动计划"));
    private static final KnownValues.Value SAME_TITLE = new KnownValues.Value("https://w3id.org/policykg/regulation/c", "c",
            "苏政发〔2018〕1号", List.of("江苏省生态文明建设规划"));

    private final ValueKeys keys = new ValueKeys(List.of(PLAN, OTHER, SAME_TITLE), true);

    @Test
    void aNumberInOtherBracketsAndScriptFindsItsRegulation() {
        assertThat(find("國發(2015)17號")).contains(OTHER);
    }

    @Test
    void aTitleSharedByTwoValuesFindsTheFirstInTheList() {
        assertThat(find("《江苏省生态文明建设规划》")).contains(PLAN);
    }

    @Test
    void theExactValueOrShortNameFindsItAndNothingElseMatchesNothing() {
        assertThat(keys.first(List.of(SAME_TITLE.value()), "x", Optional.empty(), Optional.empty())).contains(SAME_TITLE);
        assertThat(find("c")).contains(SAME_TITLE);
        assertThat(find("大气污染防治条例")).isEmpty();
    }

    private Optional<KnownValues.Value> find(String typed) {
        String title = RegulationKey.title(typed);
        return keys.first(List.of(typed), ParameterInputs.key(typed), Optional.of(RegulationKey.number(typed)),
                title.isEmpty() ? Optional.empty() : Optional.of(title));
    }
}
