package org.policykg.extract.citation.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.policykg.extract.pattern.EndChars;

/**
 * {@link StandardCue} asks its end-anchored title patterns only of a title ending with one of their last
 * characters (or a line terminator, before which {@code $} matches too): on every stretch of the shipped and
 * held-out documents and on constructed titles, the check never says "no" where the pattern finds.
 */
@DisplayName("StandardCue's end checks agree with its patterns")
class StandardCueFastPathTest {
    private static final List<String> EDGE_CASES = List.of("排放标准", "控制指标(试行)", "指标体系\n", "导则\u0085",
            "技术规范（2016年修订）\r\n", "规程", "技术指南]\u2028", "〔暂行〕\u2029", "(试行", "", "标准 ", "规范\r");

    @Test
    @DisplayName("an end check that says no is never wrong")
    void endChecks() throws IOException {
        Map<Pattern, String> guarded = Map.of(StandardCue.TITLE, StandardCue.TITLE_ENDS,
                StandardCue.TRAILING_BRACKET, StandardCue.BRACKET_ENDS);
        int matched = 0;
        for (String s : windows()) {
            for (Map.Entry<Pattern, String> e : guarded.entrySet()) {
                boolean found = e.getKey().matcher(s).find();
                if (found) {
                    matched++;
                }
                assertThat(EndChars.ofChars(e.getValue()).mayEnd(s) || !found).as("%s on [%s]", e.getKey(), s).isTrue();
            }
        }
        assertThat(matched).as("matches seen").isGreaterThan(50);
    }

    @Test
    @DisplayName("a text without the words' required characters never matches")
    void requiredChars() throws IOException {
        Map<Pattern, String> guarded = Map.of(StandardCue.REACH, StandardCue.REACH_CHARS,
                AchievementPhrase.BEFORE, AchievementPhrase.BEFORE_CHARS);
        List<String> texts = windows();
        texts.addAll(List.of("达到国家", "符合《", "满足", "优于\n", "被确定为国家级示范区", "荣获", "获批建设", "入选了", "列入了"));
        int matched = 0;
        for (String s : texts) {
            for (Map.Entry<Pattern, String> e : guarded.entrySet()) {
                boolean found = e.getKey().matcher(s).find();
                if (found) {
                    matched++;
                }
                assertThat(StandardCue.containsAny(s, e.getValue()) || !found).as("%s on [%s]", e.getKey(), s).isTrue();
            }
        }
        assertThat(matched).as("matches seen").isGreaterThan(9);
    }

    @Test
    @DisplayName("the end characters are the words' last characters")
    void endCharsFromWords() {
        for (String word : List.of("标准", "指标", "指标体系", "标准体系", "导则", "技术规范", "技术规程", "技术指南", "规范")) {
            assertThat(StandardCue.TITLE.matcher(word).find()).as(word).isTrue();
            assertThat(StandardCue.TITLE_ENDS).contains(word.substring(word.length() - 1));
        }
        for (String close : List.of(")", "）", "〕", "]")) {
            assertThat(StandardCue.TRAILING_BRACKET.matcher("(x" + close).find()).as(close).isTrue();
            assertThat(StandardCue.BRACKET_ENDS).contains(close);
        }
    }

    /** Every stretch of up to 24 characters ending at each offset of the documents, and the edge cases. */
    private static List<String> windows() throws IOException {
        List<String> out = new ArrayList<>(EDGE_CASES);
        for (String dir : List.of("data/documents", "src/test/resources/heldout/documents")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.sorted().toList()) {
                    String t = Files.readString(f);
                    for (int end = 1; end <= t.length(); end++) {
                        out.add(t.substring(Math.max(0, end - 24), end));
                    }
                }
            }
        }
        return out;
    }
}
