package org.policykg.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.policykg.testing.SampleTexts;

/**
 * The page-line patterns are tried only on lines holding one of their two-character starts, so every
 * alternative of a pattern must start with a listed pair: this reads the alternatives from the
 * patterns themselves, so a new alternative with a new start fails here, not silently.
 */
class WebBoilerplateTest {

    @Test
    void everyAlternativeOfThePageLinePatternStartsWithALeadPair() {
        assertThat(starts(WebBoilerplate.PAGE_LINE)).hasSizeGreaterThan(40)
                .allSatisfy(pair -> assertThat(WebBoilerplate.PAGE_LINE_LEADS.split(" ")).contains(pair));
    }

    @Test
    void everyAlternativeOfTheFurniturePatternStartsWithALeadPair() {
        assertThat(starts(WebBoilerplate.FURNITURE)).hasSizeGreaterThan(25)
                .allSatisfy(pair -> assertThat((WebBoilerplate.FURNITURE_LEADS + " " + WebBoilerplate.FURNITURE_LINE_START_LEADS)
                        .split(" ")).contains(pair));
        // the pairs looked for past a line's start: those of every alternative not anchored by ^
        assertThat(starts(WebBoilerplate.FURNITURE, false)).hasSizeGreaterThan(10)
                .allSatisfy(pair -> assertThat(WebBoilerplate.FURNITURE_LEADS.split(" ")).contains(pair));
        assertThat(starts(WebBoilerplate.FURNITURE.pattern().replace("|^", "|"), false)).as("anchored alternatives exist")
                .hasSizeGreaterThan(starts(WebBoilerplate.FURNITURE, false).size());
        assertThat(WebBoilerplate.FURNITURE.flags() & Pattern.MULTILINE).as("^ is the line's start only").isZero();
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

    @Test
    void aPublicationDateLineIsSeenExactlyWhereItsPatternFindsOne() {
        List<String> lines = new ArrayList<>(List.of("", "发布时间：2017/12/28", "公开日期：２０１７年１２月２８日", "时间:2017.1.2",
                "时间　：", "时 间：", "日期", "发布日 期", "x发布日期x", "时间", "时间 \u3000 :", "成文日期：2017年1月1日"));
        lines.addAll(SampleTexts.linesAndTasks());
        int dated = 0;
        for (String line : lines) {
            boolean found = WebBoilerplate.PUBLICATION_DATE.matcher(line).find();
            assertThat(WebBoilerplate.carriesPublicationDate(line)).as(line).isEqualTo(found);
            dated += found ? 1 : 0;
        }
        assertThat(dated).as("lines with a publication date").isGreaterThanOrEqualTo(4);
    }

    @Test
    void tryingThePatternsOnlyAtLeadPairsFindsWhatFindFinds() {
        List<String> lines = new ArrayList<>(List.of("", "版", "版权所有", "x版权所有", "当前位置：首页", "首页 当前位置",
                "来源：本站", "文章来源：本站", "相关文章", "文相关文章", "返回主站", "返回xx主站", " 返回主站", "x扫一扫",
                "网站首页", "x网站首页", "网站地图", "x网站地图", "上一篇 下一篇", "x上一篇", "索引号", "x索引号 浏览次数", "【打印】【关闭】", "ICP备", "icp备"));
        lines.addAll(SampleTexts.linesAndTasks());
        for (String line : lines) {
            assertThat(WebBoilerplate.isPageFurniture(line)).as(line).isEqualTo(WebBoilerplate.FURNITURE.matcher(line).find());
            assertThat(WebBoilerplate.isPageLine(line)).as(line).isEqualTo(WebBoilerplate.PAGE_LINE.matcher(line).find());
        }
    }

    /**
     * The two characters each top-level alternative can start with: after ^, with every branch of a
     * leading group, and both with and without an optional first character. Both must be literals.
     */
    private static List<String> starts(Pattern pattern) {
        return starts(pattern.pattern(), true);
    }

    /** As {@link #starts(Pattern)}, leaving out the alternatives anchored by ^ unless {@code anchoredToo}. */
    private static List<String> starts(Pattern pattern, boolean anchoredToo) {
        return starts(pattern.pattern(), anchoredToo);
    }

    private static List<String> starts(String regex, boolean anchoredToo) {
        List<String> out = new ArrayList<>();
        for (String alternative : topLevel(regex)) {
            if (!anchoredToo && alternative.startsWith("^")) {
                continue;
            }
            String a = alternative.startsWith("^") ? alternative.substring(1) : alternative;
            List<String> forms = new ArrayList<>();
            if (a.startsWith("(")) {
                String rest = a.substring(a.indexOf(')') + 1);
                topLevel(a.substring(1, a.indexOf(')'))).forEach(branch -> forms.add(branch + rest));
            } else if (a.charAt(1) == '?') {
                forms.add(a.charAt(0) + a.substring(2));
                forms.add(a.substring(2));
            } else {
                forms.add(a);
            }
            for (String form : forms) {
                String pair = form.substring(0, 2);
                assertThat(pair).as("alternative %s starts with two literal characters", alternative)
                        .doesNotContainAnyWhitespaces().matches("[^\\\\.\\[\\](){}?*+|^$]{2}");
                out.add(pair);
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
