package org.policykg.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The reading of regexes that backs the trigger check: only literals no match can do without. */
class RegexLiteralsTest {
    @Test
    void findsTopLevelLiteralsOnly() {
        assertThat(RegexLiterals.required("(?i)<(html|head)[ >]").get(0)).isEqualTo(Set.of((int) '<'));
        assertThat(RegexLiterals.required("[\\r\\n]%AI5_ [1-4]")).contains(Set.of((int) '%'), Set.of((int) '_'), Set.of((int) 'I'));
        assertThat(RegexLiterals.required("JAVA \\d\\.\\u0000")).contains(Set.of((int) 'J'), Set.of((int) '.'), Set.of(0));
    }

    @Test
    void ignoresOptionalOrAlternativeOrQuantifierCharacters() {
        assertThat(RegexLiterals.required("a|b")).isEmpty();
        assertThat(RegexLiterals.required("(?:x\\n){0,10}y?z*")).isEmpty();
        assertThat(RegexLiterals.required("(?:ab|c)?(?=d)(?i)e")).containsExactly(Set.of((int) 'e', (int) 'E'));
        assertThat(RegexLiterals.required("(a|b?)c")).containsExactly(Set.of((int) 'c'));
        assertThat(RegexLiterals.required("[<%]{2}")).isEmpty();
        assertThat(RegexLiterals.required("\\p{L}<")).isEmpty();
    }

    /** Whichever alternative of a group matches, the match holds one byte of each union of their required sets. */
    @Test
    void takesOneRequiredLiteralOfEachAlternativeOfAGroup() {
        assertThat(RegexLiterals.required("(?:\\x0D\\x0A|\\x00{1,1024})(?:\\xff[\\xe3\\xf2]|ID3)")).containsExactlyInAnyOrder(
                Set.of(0x0D, 0), Set.of(0x0A, 0), Set.of(0xFF, (int) 'I'), Set.of(0xFF, (int) 'D'), Set.of(0xFF, (int) '3'));
        assertThat(RegexLiterals.required("(?:x\\n){1,10}")).containsExactly(Set.of((int) 'x'), Set.of((int) '\n'));
        assertThat(RegexLiterals.required("((a|b)c|d)")).containsExactlyInAnyOrder(Set.of((int) 'a', (int) 'b', (int) 'd'),
                Set.of((int) 'c', (int) 'd'));
        assertThat(RegexLiterals.required("(?i)(x|[)|])y")).containsExactly(Set.of((int) 'y', (int) 'Y'));
    }

    @Test
    void readsTheFirstCharacterOfAMatch() {
        assertThat(RegexLiterals.firstCharacters("[0-9]{5,5}")).isEqualTo(Set.of(48, 49, 50, 51, 52, 53, 54, 55, 56, 57));
        assertThat(RegexLiterals.firstCharacters("(?s)^\\xFF[\\xF0]")).isEqualTo(Set.of(0xFF));
        assertThat(RegexLiterals.firstCharacters("(?i)<h[123]")).isEqualTo(Set.of((int) '<'));
        assertThat(RegexLiterals.firstCharacters("(?i)pa")).isEqualTo(Set.of((int) 'p', (int) 'P'));
        assertThat(RegexLiterals.firstCharacters("(X|DKIM)-")).isEqualTo(Set.of((int) 'X', (int) 'D'));
        assertThat(RegexLiterals.firstCharacters("(?i)(x|dkim)-")).isEqualTo(Set.of((int) 'x', (int) 'X', (int) 'd', (int) 'D'));
        assertThat(RegexLiterals.firstCharacters("(X|a?b)-")).isNull();
        assertThat(RegexLiterals.firstCharacters("(X|DKIM)?-")).isNull();
        assertThat(RegexLiterals.firstCharacters("(X|)-")).isNull();
        assertThat(RegexLiterals.firstCharacters("(X|(D))-")).isNull();
        assertThat(RegexLiterals.firstCharacters("a?b")).isNull();
        assertThat(RegexLiterals.firstCharacters("[^a]")).isNull();
        assertThat(RegexLiterals.firstCharacters("(?s)^\\s*graph")).isNull();
    }

    @Test
    void readsTheFirstItemsOfAMatchUpToAQuantifier() {
        assertThat(RegexLiterals.leadingItems("(?s)^[\\x02\\xE5].[\\x01-\\x03][\\x01-\\x1F].{4}x"))
                .hasSize(4).element(2).isEqualTo(Set.of(1, 2, 3));
        assertThat(RegexLiterals.leadingItems("(?s)^[\\x02\\xE5]").get(0)).isEqualTo(Set.of(2, 0xE5));
        assertThat(RegexLiterals.leadingItems(".").get(0)).hasSize(256);
        assertThat(RegexLiterals.leadingItems("(?i)ab?c")).containsExactly(Set.of((int) 'a', (int) 'A'));
        assertThat(RegexLiterals.leadingItems("ab|cd")).isEmpty();
        assertThat(RegexLiterals.leadingItems("a*b")).isEmpty();
        assertThat(RegexLiterals.leadingItems("(?:ab)c")).isEmpty();
    }

    @Test
    void takesBothCasesWhereTheRegexIgnoresCase() {
        assertThat(RegexLiterals.required("(?i)ab")).isEqualTo(List.of(Set.of((int) 'a', (int) 'A'), Set.of((int) 'b', (int) 'B')));
    }
}
