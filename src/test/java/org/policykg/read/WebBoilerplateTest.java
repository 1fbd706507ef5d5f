package org.policykg.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The page-line patterns are tried only on lines holding one of their lead characters, so every
 * alternative of a pattern must start with a listed character: this reads the alternatives from the
 * patterns themselves, so a new alternative with a new first character fails here, not silently.
 */
class WebBoilerplateTest {

    @Test
    void everyAlternativeOfThePageLinePatternStartsWithALeadCharacter() {
        assertThat(firstCharacters(WebBoilerplate.PAGE_LINE)).isNotEmpty()
                .allSatisfy(c -> assertThat(WebBoilerplate.PAGE_LINE_LEADS).contains(c));
    }

    @Test
    void everyAlternativeOfTheFurniturePatternStartsWithALeadCharacter() {
        assertThat(firstCharacters(WebBoilerplate.FURNITURE)).isNotEmpty()
                .allSatisfy(c -> assertThat(WebBoilerplate.FURNITURE_LEADS).contains(c));
    }

    @Test
    void pageLinesAreStillFoundAnywhereOnTheLineAndContentIsNot() {
        assertThat(WebBoilerplate.isPageLine("2017年12月28日 发布时间：2017-12-28")).isTrue();
        assertThat(WebBoilerplate.isPageLine("【字号：大 中 小】")).isTrue();
        assertThat(WebBoilerplate.isPageLine("字号：大 中 小")).isTrue();
        assertThat(WebBoilerplate.isPageLine("Copyright ICP备05012345号")).isTrue();
        assertThat(WebBoilerplate.isPageLine("（一）加强生态保护，推进污染防治。")).isFalse();
        assertThat(WebBoilerplate.isPageFurniture("相关文章：关于印发…的通知")).isTrue();
        assertThat(WebBoilerplate.isPageFurniture("主办单位：某市人民政府 版权所有")).isTrue();
        assertThat(WebBoilerplate.isPageFurniture("文章来源：本站")).isFalse();
        assertThat(WebBoilerplate.isPageFurniture("（一）加强生态保护。")).isFalse();
    }

    /** The characters each top-level alternative can start with: after ^, every branch of a leading group, both sides of an optional first character. */
    private static List<String> firstCharacters(Pattern pattern) {
        List<String> out = new ArrayList<>();
        for (String alternative : topLevel(pattern.pattern())) {
            String a = alternative.startsWith("^") ? alternative.substring(1) : alternative;
            if (a.startsWith("(")) {
                for (String branch : topLevel(a.substring(1, a.indexOf(')')))) {
                    out.add(branch.substring(0, 1));
                }
            } else if (a.length() > 1 && a.charAt(1) == '?') {
                out.add(a.substring(0, 1));
                out.add(a.substring(2, 3));
            } else {
                assertThat("[.\\\\").as("alternative %s starts with a literal", a).doesNotContain(a.substring(0, 1));
                out.add(a.substring(0, 1));
            }
        }
        return out;
    }

    private static List<String> topLevel(String regex) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(regex.substring(from));
        return parts;
    }
}
