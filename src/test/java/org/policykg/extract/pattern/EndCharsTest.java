package org.policykg.extract.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The tail searches of {@link EndChars} against the plain regex on every text of up to five characters made
 * of the words' characters, line terminators, a surrogate pair and others: same match, same offsets.
 */
@DisplayName("End-anchored patterns searched in the text's tail")
class EndCharsTest {
    private static final String[] ALPHABET = {"长", "词", "短", "了", "不", "x", "\n", "\r", "\u2028", "\ud842\udfb7"};

    @Test
    @DisplayName("words in sequence, then $: the tail as far back as the longest match ending with the text's last character")
    void boundedWords() {
        String first = "长长词|短|(?<!不)词";
        String second = "了|长";
        agree(Pattern.compile("(" + first + ")(" + second + ")?$"), EndChars.bounded(first, second));
        agree(Pattern.compile("(" + first + ")$"), EndChars.bounded(first));
    }

    @Test
    @DisplayName("a word with a repeated letter has no longest match: the whole text is searched")
    void repeatedLetter() {
        agree(Pattern.compile("(长+词|短)$"), EndChars.bounded("长+词|短"));
    }

    private static void agree(Pattern pattern, EndChars ends) {
        int found = 0;
        for (String s : texts(5)) {
            Matcher plain = pattern.matcher(s);
            Matcher tail = ends.tailMatcher(pattern, s);
            boolean matches = plain.find();
            assertThat(tail.find()).as("%s on [%s]", pattern, s).isEqualTo(matches);
            if (matches) {
                found++;
                assertThat(tail.start()).as("[%s]", s).isEqualTo(plain.start());
                assertThat(tail.end()).as("[%s]", s).isEqualTo(plain.end());
                assertThat(tail.group(1)).as("[%s]", s).isEqualTo(plain.group(1));
            }
        }
        assertThat(found).as("matches seen").isGreaterThan(1000);
    }

    private static List<String> texts(int length) {
        List<String> out = new ArrayList<>(List.of(""));
        List<String> last = List.of("");
        for (int n = 1; n <= length; n++) {
            List<String> next = new ArrayList<>();
            for (String s : last) {
                for (String c : ALPHABET) {
                    next.add(s + c);
                }
            }
            out.addAll(next);
            last = next;
        }
        return out;
    }
}
