package org.policykg.extract.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A pattern's possible first characters, read from the pattern")
class StartCharsTest {
    private static final Pattern WORDS = Pattern.compile("^(并且|\\||\\s|到?\\s*20\\d{2}年|第?[一二1-4]季度|[上下]半年|年中)");

    @Test
    @DisplayName("every character a match can begin with is kept, through optional parts, classes and blanks")
    void keepsEveryStart() {
        StartChars starts = StartChars.of(WORDS);
        for (String s : List.of("并且", "|", " x", "\t", "到2020年", "到 2021年", " 2022年", "2023年", "第一季度", "二季度",
                "3季度", "上半年", "下半年", "年中")) {
            assertThat(WORDS.matcher(s).lookingAt()).as(s).isTrue();
            assertThat(starts.mayStart(s)).as(s).isTrue();
        }
        for (String s : List.of("并", "到", "第", "2", "上")) {
            assertThat(starts.mayStart(s)).as("a prefix of a match: [%s]", s).isTrue();
        }
    }

    @Test
    @DisplayName("a text beginning with any other character, or empty, is answered no, as lookingAt() answers")
    void refusesOthers() {
        StartChars starts = StartChars.of(WORDS);
        for (String s : List.of("且", "半年", "季度", "5季度", "中", "x并且", "", "\u3000并且", "\ud842\udfb7")) {
            assertThat(WORDS.matcher(s).lookingAt()).as(s).isFalse();
            assertThat(starts.mayStart(s)).as(s).isFalse();
        }
    }

    @Test
    @DisplayName("a pattern that matches the empty text may start anywhere")
    void emptyMatch() {
        Pattern optional = Pattern.compile("^(并且)?");
        assertThat(StartChars.of(optional).mayStart("水")).isTrue();
        assertThat(StartChars.of(optional).mayStart("")).isTrue();
    }
}
