package org.policykg.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /**
     * The slot table answers as a plain set of the pairs would, for every char of the BMP as a first
     * character (those sharing a slot's low bits with a real first one, and '\0' against empty slots)
     * followed by every listed second character and a few others.
     */
    @Test
    void everyCharOfTheBmpIsAFirstCharacterExactlyWhenAPairStartsWithIt() {
        for (String list : List.of(WebBoilerplate.FURNITURE_LEADS, WebBoilerplate.PAGE_LINE_LEADS, "来源 来自 IC", "\0a 版权")) {
            LeadPairs table = new LeadPairs(list);
            Set<String> plain = Set.of(list.split(" "));
            Set<Character> followers = new HashSet<>(List.of('\0', 'x', '\uFFFF', '源'));
            plain.forEach(pair -> followers.add(pair.charAt(1)));
            for (int c = 0; c <= 0xFFFF; c++) {
                for (char d : followers) {
                    String line = "" + (char) c + d;
                    assertThat(table.foundIn(line)).as("%s: U+%04X U+%04X", list, c, (int) d).isEqualTo(plain.contains(line));
                }
            }
        }
    }
}
