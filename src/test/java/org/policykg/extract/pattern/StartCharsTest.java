package org.policykg.extract.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.policykg.testing.SampleTexts;

@DisplayName("find() tried only at a pattern's start characters gives find()'s matches")
class StartCharsTest {
    private static final List<String> EDGE_CASES = List.of("", "2", "2020年", "到2020年至2025年", "至至2021 年", "20\n2020年",
            "x现印发y现予以转发", "现现印发", "制定本方案", "印发了", "\uD835\uDC00到2030年", "到2030", "2\u20282020年");

    /** One pattern of one start character, one of several, and one of literal words. */
    private static final List<Object[]> CASES = List.of(
            new Object[] {Pattern.compile("(20\\d{2})\\s*年"), StartChars.of("2")},
            new Object[] {Pattern.compile("[到至]\\s*(20\\d{2})\\s*年"), StartChars.of("到至")},
            new Object[] {Pattern.compile("现(?:予以|予)?(?:印发|转发)"), StartChars.of("现")},
            new Object[] {Pattern.compile("(制定|编制)(了)?本|印发"), StartChars.of("制编印")});

    @Test
    void findsWhatFindFindsInEveryRegion() {
        int found = 0;
        for (String t : texts()) {
            for (Object[] c : CASES) {
                Pattern pattern = (Pattern) c[0];
                StartChars starts = (StartChars) c[1];
                int mid = t.length() / 2;
                found += same(pattern, starts, t, 0, t.length(), i -> true);
                same(pattern, starts, t, Math.min(1, mid), mid, i -> true);
                same(pattern, starts, t, mid, t.length(), i -> true);
                // a condition on the position (only even offsets): asked where a start character stands
                same(pattern, starts, t, 0, t.length(), i -> i % 2 == 0);
            }
        }
        assertThat(found).isGreaterThan(100);
    }

    @Test
    void everyCharIsAStartCharacterExactlyWhenListed() {
        for (String chars : List.of("制编印出特现结", "工主具牵配协参责负实承落", "\u0000\uFFFF?a", "到至")) {
            StartChars starts = StartChars.of(chars);
            for (char c = 0; ; c++) {
                assertThat(starts.at(String.valueOf(c), 0)).as("U+%04X in %s", (int) c, chars).isEqualTo(chars.indexOf(c) >= 0);
                if (c == Character.MAX_VALUE) {
                    break;
                }
            }
        }
    }

    @Test
    @DisplayName("a start-anchored pattern: a text beginning with one of the characters may start a match")
    void keepsTheCharacters() {
        StartChars starts = StartChars.of("并|" + EndChars.ASCII_BLANKS);
        for (String s : List.of("并且", "|", " x", "\t", "\n", "并")) {
            assertThat(starts.mayStart(s)).as(s).isTrue();
        }
    }

    @Test
    @DisplayName("a start-anchored pattern: a text beginning with any other character, or empty, cannot, the second char never counting")
    void refusesOthers() {
        StartChars starts = StartChars.of("并|" + EndChars.ASCII_BLANKS);
        for (String s : List.of("且", "x并", "", "\u3000并且", "\ud842\udfb7", "\u00a0")) {
            assertThat(starts.mayStart(s)).as(s).isFalse();
        }
        assertThat(starts.contains('并')).isTrue();
        assertThat(starts.contains('且')).isFalse();
    }

    @Test
    void nextIsTheFirstPositionHoldingAStartCharacter() {
        StartChars one = StartChars.of("现");
        StartChars two = StartChars.of("到至");
        assertThat(one.next("ab现c现", 0, 6)).isEqualTo(2);
        assertThat(one.next("ab现c现", 3, 6)).isEqualTo(4);
        assertThat(one.next("ab现c现", 3, 4)).isEqualTo(-1);
        assertThat(one.next("ab现c现", 0, 2)).isEqualTo(-1);
        assertThat(two.next("a至b到", 2, 4)).isEqualTo(3);
        assertThat(two.next("a至b到", 2, 3)).isEqualTo(-1);
        assertThat(two.next(new StringBuilder("到"), 0, 1)).isZero();
        assertThat(one.next(new StringBuilder("a现"), 0, 2)).isEqualTo(1);
        assertThat(two.at("a至", 1)).isTrue();
        assertThat(two.at("a至", 0)).isFalse();
        assertThatThrownBy(() -> StartChars.of("")).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * find() with the start characters against find() itself, and with a condition on the position against
     * lookingAt() tried at every position where it holds (left to right, on from each match's end).
     */
    private static int same(Pattern pattern, StartChars starts, String t, int from, int to, IntPredicate where) {
        List<String> plain = new ArrayList<>();
        Matcher m = pattern.matcher(t).region(from, to);
        while (m.find()) {
            plain.add(m.start() + "-" + m.end());
        }
        List<String> fast = new ArrayList<>();
        Matcher f = pattern.matcher(t);
        for (int at = from; starts.find(f, t, at, to); at = f.end()) {
            fast.add(f.start() + "-" + f.end());
        }
        assertThat(fast).as("%s in [%s]", pattern, t).isEqualTo(plain);
        List<String> everywhere = new ArrayList<>();
        for (int i = from; i < to; ) {
            if (where.test(i) && m.region(i, to).lookingAt()) {
                everywhere.add(m.start() + "-" + m.end());
                i = Math.max(m.end(), i + 1);
            } else {
                i++;
            }
        }
        List<String> fastWhere = new ArrayList<>();
        for (int at = from; starts.find(f, t, at, to, where); at = f.end()) {
            fastWhere.add(f.start() + "-" + f.end());
        }
        assertThat(fastWhere).as("%s in [%s] where", pattern, t).isEqualTo(everywhere);
        return plain.size();
    }

    private static List<String> texts() {
        List<String> texts = new ArrayList<>(EDGE_CASES);
        texts.addAll(SampleTexts.linesAndTasks());
        return texts;
    }
}
