package org.policykg.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LeadPairsTest {
    private final LeadPairs pairs = new LeadPairs("来源 来自 IC");

    @Test
    void aPairIsFoundAnywhereOnTheLineIncludingItsEnd() {
        assertThat(pairs.foundIn("来源：本站")).isTrue();
        assertThat(pairs.foundIn("本文来自")).isTrue();
        assertThat(pairs.foundIn("京ICP备05012345号")).isTrue();
    }

    @Test
    void theFirstCharacterAloneOrTheTwoApartAreNotAPair() {
        assertThat(pairs.foundIn("未来的发展")).isFalse();
        assertThat(pairs.foundIn("来 源")).isFalse();
        assertThat(pairs.foundIn("来")).isFalse();
        assertThat(pairs.foundIn("")).isFalse();
    }

    @Test
    void somethingOtherThanTwoCharactersIsRefused() {
        assertThatThrownBy(() -> new LeadPairs("来源 版")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("版");
    }
}
