package org.policykg.extract.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A start-anchored pattern's possible first characters")
class StartCharsTest {
    private final StartChars starts = StartChars.of("并|" + EndChars.ASCII_BLANKS);

    @Test
    @DisplayName("a text beginning with one of the characters may start a match")
    void keepsTheCharacters() {
        for (String s : List.of("并且", "|", " x", "\t", "\n", "并")) {
            assertThat(starts.mayStart(s)).as(s).isTrue();
        }
    }

    @Test
    @DisplayName("a text beginning with any other character, or empty, cannot, the second char never counting")
    void refusesOthers() {
        for (String s : List.of("且", "x并", "", "\u3000并且", "\ud842\udfb7", "\u00a0")) {
            assertThat(starts.mayStart(s)).as(s).isFalse();
        }
        assertThat(starts.contains('并')).isTrue();
        assertThat(starts.contains('且')).isFalse();
    }
}
