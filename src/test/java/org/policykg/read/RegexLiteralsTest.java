package org.policykg.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The reading of regexes that backs the trigger check: only literals no match can do without. */
class RegexLiteralsTest {
    @Test
    void findsTopLevelLiteralsOnly() {
        assertThat(RegexLiterals.required("(?i)<(html|head)[ >]")).containsExactly(Set.of((int) '<'));
        assertThat(RegexLiterals.required("[\\r\\n]%AI5_ [1-4]")).contains(Set.of((int) '%'), Set.of((int) '_'), Set.of((int) 'I'));
        assertThat(RegexLiterals.required("JAVA \\d\\.\\u0000")).contains(Set.of((int) 'J'), Set.of((int) '.'), Set.of(0));
    }

    @Test
    void ignoresOptionalOrAlternativeOrQuantifierCharacters() {
        assertThat(RegexLiterals.required("a|b")).isEmpty();
        assertThat(RegexLiterals.required("(?:x\\n){1,10}y?z*")).isEmpty();
        assertThat(RegexLiterals.required("[<%]{2}")).isEmpty();
        assertThat(RegexLiterals.required("\\p{L}<")).isEmpty();
    }

    @Test
    void takesBothCasesWhereTheRegexIgnoresCase() {
        assertThat(RegexLiterals.required("(?i)ab")).isEqualTo(List.of(Set.of((int) 'a', (int) 'A'), Set.of((int) 'b', (int) 'B')));
    }
}
