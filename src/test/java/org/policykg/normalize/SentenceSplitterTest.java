package org.policykg.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void everyCharIsAnEnderExactlyWhenTheListHoldsIt() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            assertThat(SentenceSplitter.isEnder((char) c)).as("U+%04X", c)
                    .isEqualTo(SentenceSplitter.ENDERS.indexOf(c) >= 0);
        }
    }
}
