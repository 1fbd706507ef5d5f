package org.policykg.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.policykg.extract.pattern.EndChars;
import org.policykg.extract.pattern.StartChars;
import org.policykg.structure.LiteralAlternation;
import org.policykg.normalize.NormalizedText;
import org.policykg.normalize.Span;
import org.policykg.normalize.TextNormalizer;
import org.policykg.testing.SampleTexts;

/**
 * The target rules skip a regex where a cheap check says it cannot match (the text's last character, a word
 * not contained, a unit's first character, a sentence without a digit): on every stretch of the shipped and
 * held-out documents and on constructed texts, the check never says "no" where the regex matches.
 */
@DisplayName("Target fast paths agree with the plain patterns")
class IndicatorFastPathsTest {
    /** Each end-anchored pattern with the check that guards it. */
    private static final Map<Pattern, EndChars> GUARDED = Map.ofEntries(
            Map.entry(ComparatorWords.AT_LEAST, ComparatorWords.AT_LEAST_ENDS),
            Map.entry(ComparatorWords.AT_MOST, ComparatorWords.AT_MOST_ENDS),
            Map.entry(ComparatorWords.EQUAL, ComparatorWords.EQUAL_ENDS),
            Map.entry(ComparatorWords.APPROXIMATION, ComparatorWords.APPROXIMATION_ENDS),
            Map.entry(ComparatorWords.TO_LEVEL, ComparatorWords.TO_LEVEL_ENDS),
            Map.entry(ComparatorWords.CHANGE, ComparatorWords.CHANGE_ENDS),
            Map.entry(ComparatorWords.LEVEL_AT_END, ComparatorWords.LEVEL_ENDS),
            Map.entry(LabelCleaner.TRAILING, LabelCleaner.TRAILING_ENDS),
            Map.entry(LabelCleaner.TRAILING_BRACKETS, LabelCleaner.BRACKET_ENDS),
            Map.entry(ScopeThresholdFilter.PROJECT_MONEY_BEFORE, ScopeThresholdFilter.PROJECT_MONEY_ENDS));
    private static final List<String> EDGE_CASES = List.of(
            "排放量下降了", "提高到", "降至", "达到", "≥", "大于等于 ", "不大于\t", "小于\n", "≤\u2028", "保持\n", "的要求", "年度任务 ",
            "目标任务\r\n", "工作\u0085", "（试行）", "(暂行)\n", "总投资", "约", "近\u2029", "分别约", "为", "是\r", "");

    @Test
    @DisplayName("an end check that says no is never wrong, on every window of the documents")
    void endChecks() throws IOException {
        int matched = 0;
        for (String s : windows()) {
            for (Map.Entry<Pattern, EndChars> guarded : GUARDED.entrySet()) {
                boolean matches = guarded.getKey().matcher(s).find();
                if (matches) {
                    matched++;
                    assertThat(guarded.getValue().mayEnd(s)).as("%s on [%s]", guarded.getKey(), s).isTrue();
                }
            }
            boolean sign = InequalitySign.AT_LEAST_AT_END.matcher(s).find() || InequalitySign.AT_MOST_AT_END.matcher(s).find();
            if (sign) {
                matched++;
                assertThat(InequalitySign.SIGN_ENDS.mayEndBeforeBlanks(s)).as(s).isTrue();
            }
        }
        assertThat(matched).as("matches seen").isGreaterThan(100);
    }

    @Test
    @DisplayName("the bounded patterns searched in the text's tail find the same match as searched everywhere")
    void tails() throws IOException {
        Map<Pattern, EndChars> bounded = Map.of(ComparatorWords.TO_LEVEL, ComparatorWords.TO_LEVEL_ENDS,
                ComparatorWords.CHANGE, ComparatorWords.CHANGE_ENDS, ComparatorWords.LEVEL_AT_END, ComparatorWords.LEVEL_ENDS);
        int matched = 0;
        List<String> texts = windows();
        texts.addAll(List.of("原水平提高到", "降低了\r\n", "不大于等于", "大于", "不大于", "x不大于", "保持在\u2029", "到",
                "提高了", "降到", "降至\n", "增速了", "达", "达到\r", "是\r\n", "为\u0085", "\n", "x大于等于", "小于等于\u2028", "≥", ">=",
                "保持在是", "\ud842\udfb7为"));
        for (String s : texts) {
            for (Map.Entry<Pattern, EndChars> e : bounded.entrySet()) {
                var plain = e.getKey().matcher(s);
                var tail = e.getValue().tailMatcher(e.getKey(), s);
                boolean found = plain.find();
                assertThat(tail.find()).as("%s on [%s]", e.getKey(), s).isEqualTo(found);
                assertThat(e.getValue().found(e.getKey(), s)).isEqualTo(found);
                if (found) {
                    matched++;
                    assertThat(tail.start()).isEqualTo(plain.start());
                    assertThat(tail.end()).isEqualTo(plain.end());
                    assertThat(tail.group(1)).isEqualTo(plain.group(1));
                }
            }
        }
        assertThat(matched).isGreaterThan(100);
    }

    @Test
    @DisplayName("the verb ending worked out once answers as the three end patterns run on their own")
    void verbEndingOnce() throws IOException {
        int found = 0;
        List<String> texts = windows();
        texts.addAll(List.of("原水平提高到", "降至", "下降了\r\n", "约达到 ", "增长了约", "比2015年提高到", "达到总量的", "为\u0085"));
        for (String s : texts) {
            VerbEnding ending = VerbEnding.of(s);
            String verb = plainStripApproximation(s);
            Matcher toLevel = ComparatorWords.TO_LEVEL.matcher(verb);
            Matcher change = ComparatorWords.CHANGE.matcher(verb);
            Matcher level = ComparatorWords.LEVEL_AT_END.matcher(verb);
            Matcher first = toLevel.find() ? toLevel : change.find() ? change : level.find() ? level : null;
            assertThat(ending.verb()).as("[%s]", s).isEqualTo(verb);
            assertThat(ending.found()).as("[%s]", s).isEqualTo(first != null);
            assertThat(ending.length()).as("[%s]", s).isEqualTo(first == null ? 0 : s.length() - first.start());
            if (first == toLevel) {
                found++;
                assertThat(ending.rising()).as("[%s]", s).isEqualTo(toLevel.group(1) != null);
            }
            if (first != null) {
                found++;
                Comparator plain = first == toLevel ? (toLevel.group(1) != null ? Comparator.GE : Comparator.LE) : null;
                if (plain != null) {
                    assertThat(ComparatorWords.of(ending, "")).as("[%s]", s).isEqualTo(plain);
                }
            }
        }
        assertThat(found).as("endings seen").isGreaterThan(100);
    }

    /** The softening words taken off as the rules always did, with the regex on every text. */
    private static String plainStripApproximation(String before) {
        return ComparatorWords.APPROXIMATION.matcher(before.strip()).replaceAll("").strip();
    }

    @Test
    @DisplayName("the end characters come from the words, and words that are no literals are refused")
    void endCharsFromWords() {
        EndChars ends = EndChars.of("达到|(?<!不)大于|的?要求|\\s");
        assertThat(ends.mayEnd("指标达到")).isTrue();
        assertThat(ends.mayEnd("大于")).isTrue();
        assertThat(ends.mayEnd("要求")).isTrue();
        assertThat(ends.mayEnd("标准 ")).isTrue();
        assertThat(ends.mayEnd("标准\u2028")).isTrue();
        assertThat(ends.mayEnd("标准")).isFalse();
        assertThat(ends.mayEnd("")).isFalse();
        for (String bad : List.of("a+", "[ab]", "x|(y|z)", "\\d", "a.", "", "等(?![级次])", "?a")) {
            assertThatThrownBy(() -> EndChars.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    @DisplayName("literal words: found exactly when the alternation's regex finds them, in a whole text or a stretch")
    void literalWords() throws IOException {
        int found = 0;
        for (LiteralAlternation literal : List.of(ScopeThresholdFilter.PAST, ScopeThresholdFilter.PLAN_EXTENT)) {
            Pattern regex = literal.pattern();
            for (String s : windows()) {
                boolean expected = regex.matcher(s).find();
                assertThat(literal.occursIn(s)).as(s).isEqualTo(expected);
                int mid = s.length() / 2;
                assertThat(literal.occursIn(s, 1, mid)).as(s).isEqualTo(mid >= 1 && regex.matcher(s).region(1, mid).find());
                assertThat(literal.occursIn(s, mid, s.length())).as(s).isEqualTo(regex.matcher(s).region(mid, s.length()).find());
                found += expected ? 1 : 0;
            }
        }
        assertThat(found).isGreaterThan(100);
        assertThat(new LiteralAlternation("完成", "完成了").occursIn("完成了", 0, 2)).isTrue();
        assertThat(new LiteralAlternation("完成了", "已").occursIn("完成了", 0, 2)).isFalse();
        for (String bad : List.of("\\s", "a|b", "", "x+", "(y)")) {
            assertThatThrownBy(() -> new LiteralAlternation("规划", bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    @DisplayName("units: the first-character index reads the same unit as trying every unit, at every offset")
    void units() throws IOException {
        int units = 0;
        for (String t : texts()) {
            for (int i = 0; i <= t.length(); i++) {
                UnitReader.Unit fast = UnitReader.read(t, i);
                assertThat(fast).isEqualTo(UnitReader.readTryingAll(t, i));
                units += fast == null ? 0 : 1;
            }
        }
        assertThat(units).isGreaterThan(1000);
    }

    @Test
    @DisplayName("a sentence without an ASCII digit reads no target, so skipping it changes nothing")
    void digitlessSentences() throws IOException {
        int skipped = 0;
        for (String raw : texts()) {
            NormalizedText text = new TextNormalizer().normalize(raw);
            for (Span sentence : text.sentences()) {
                String s = text.text(sentence);
                if (s.chars().noneMatch(c -> c >= '0' && c <= '9')) {
                    assertThat(ProseTargetReader.read(new ProseTargetReader.Context(s, sentence.start(), 2020, 2020)))
                            .as(s).isEmpty();
                    skipped++;
                }
            }
        }
        assertThat(skipped).isGreaterThan(100);
    }

    @Test
    @DisplayName("years, numbers and time limits scanned from their first characters: what find() finds")
    void firstCharacterScans() throws IOException {
        List<String> all = new ArrayList<>(List.of("", "2", "20", "2020", "2020年", "20202020年", "到2020年", "至 2020 年", "到到2020年",
                "2020\n年", "到\u30002020年", "2019年12月到2020年底", "（2020年）", "12.5.6", "1.", ".5", "３个月", "30日内",
                "2-3个月", "2 至 3 个工作日", "5小时内", "1.5.个星期", "7天\n内", "10 周", "3个\n月", "2０20年",
                "5 年", "3\t个月", "20世纪", "由85%", "从 2015 年的", "由2015年底的\n", "3季度"));
        all.addAll(texts());
        all.addAll(SampleTexts.linesAndTasks());
        int years = 0;
        for (String t : all) {
            years += sameMatches(YearResolver.YEAR, YearResolver.YEAR_FIRSTS, t, 0, t.length());
            years += sameMatches(YearResolver.TO_YEAR, YearResolver.TO_YEAR_FIRSTS, t, 0, t.length());
            int mid = t.length() / 2;
            sameMatches(YearResolver.TO_YEAR, YearResolver.TO_YEAR_FIRSTS, t, Math.min(1, mid), mid);
            Matcher plain = NumberScanner.NUMBER.matcher(t);
            Matcher fast = NumberScanner.NUMBER.matcher(t);
            int twenty = t.indexOf("20");
            Matcher year = YearResolver.YEAR.matcher(t);
            int firstYear = year.find() ? year.start() : -1;
            for (int from = 0; from < t.length(); from++) {
                boolean found = plain.find(from);
                assertThat(NumberScanner.next(fast, t, from)).as(t).isEqualTo(found);
                if (found) {
                    assertThat(fast.start() + "-" + fast.end()).as(t).isEqualTo(plain.start() + "-" + plain.end());
                }
                if (!ScopeThresholdFilter.wordAfter(t, from, ScopeThresholdFilter.DATE_FIRSTS)) {
                    assertThat(ScopeThresholdFilter.DATE_AFTER.matcher(t).region(from, t.length()).lookingAt()).as("%s at %d", t, from).isFalse();
                }
                if (!ScopeThresholdFilter.wordAfter(t, from, ScopeThresholdFilter.THRESHOLD_FIRSTS)) {
                    assertThat(ScopeThresholdFilter.THRESHOLD_AFTER.matcher(t).region(from, t.length()).lookingAt()).as("%s at %d", t, from).isFalse();
                }
                if (!ScopeThresholdFilter.wordAfter(t, from, ScopeThresholdFilter.PLAN_PARTS_FIRSTS)) {
                    assertThat(ScopeThresholdFilter.PLAN_PARTS_AFTER.matcher(t).region(from, t.length()).lookingAt()).as("%s at %d", t, from).isFalse();
                }
                if (twenty < 0 || twenty >= from) { // statedBefore(t, from) then makes no matcher
                    assertThat(firstYear >= 0 && firstYear < from).as("%s before %d", t, from).isFalse();
                }
                if (firstOf("到至", t, from, t.length()) < 0) { // lastToYear(t, from, end) then makes no matcher
                    assertThat(YearResolver.TO_YEAR.matcher(t).region(from, t.length()).find()).as("%s from %d", t, from).isFalse();
                }
                if (t.indexOf('由', from) < 0 && t.indexOf('从', from) < 0) {
                    assertThat(BaselineValue.FROM.matcher(t.substring(from)).find()).as("%s from %d", t, from).isFalse();
                }
                if (!NumberScanner.rangeSignAt(t, from)) {
                    assertThat(NumberScanner.RANGE_TAIL.matcher(t).region(from, t.length()).lookingAt()).as("%s at %d", t, from).isFalse();
                }
                if (!TimeLimit.unitMayFollow(t, from)) {
                    assertThat(TimeLimit.LIMIT.matcher(t).region(from, t.length()).lookingAt()).as("%s at %d", t, from).isFalse();
                }
            }
        }
        assertThat(years).isGreaterThan(1000);
    }

    private static int firstOf(String chars, String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(t.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    @Test
    @DisplayName("clauses split at the same breaks as with the openers, closers and breaks looked up in strings")
    void clauses() throws IOException {
        List<String> texts = new ArrayList<>(texts());
        texts.addAll(SampleTexts.linesAndTasks());
        texts.addAll(List.of("", "，", "a,b（c，d）e；f", "《x，y》，z", "“a，b”c!d?e", ")，(", "（（a））:b", "a。"));
        for (String t : texts) {
            assertThat(Clause.split(t)).as(t).isEqualTo(plainClauses(t));
        }
    }

    /** Clause.split as it was written with a string of each kind of character. */
    private static List<Clause> plainClauses(String sentence) {
        List<Clause> out = new ArrayList<>();
        int start = 0;
        int depth = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if ("(（《“".indexOf(c) >= 0) {
                depth++;
            } else if (")）》”".indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && "，,：:；;。！？!?".indexOf(c) >= 0) {
                out.add(new Clause(start, i));
                start = i + 1;
            }
        }
        out.add(new Clause(start, sentence.length()));
        return out;
    }

    @Test
    @DisplayName("a short measure is told as by taking the bracketed notes out with the regex")
    void shortMeasures() throws IOException {
        List<String> texts = windows();
        texts.addAll(List.of("", "率", "覆盖率（%）", "覆盖(率)", "（）（）（）", "ab(c", "abcd(", "abcde", "（注）a", "a）b）c）d）e"));
        int shortOnes = 0;
        for (String t : texts) {
            boolean plain = ShortMeasure.BRACKETED_NOTE.matcher(t).replaceAll("").length() <= ShortMeasure.LENGTH;
            assertThat(ShortMeasure.isShort(t)).as("[%s]", t).isEqualTo(plain);
            shortOnes += plain && t.length() > ShortMeasure.LENGTH ? 1 : 0;
        }
        assertThat(shortOnes).as("short only once the notes are out").isGreaterThan(0);
    }

    @Test
    @DisplayName("a label without 和/及/与/、 is one part, as splitting it at the separators gives")
    void labelsWithoutSeparators() throws IOException {
        Pattern marked = Pattern.compile("和|及(?!以上|以下)|与|、");
        Pattern unmarked = Pattern.compile("和|及(?!以上|以下)|与");
        List<String> labels = new ArrayList<>(windows());
        labels.addAll(SampleTexts.linesAndTasks());
        labels.addAll(List.of("及以上", "县级及以上城市", "和", "、", "甲与乙", ""));
        for (String label : labels) {
            if (!containsAny(label, SharedLabel.SEPARATORS)) {
                assertThat(marked.split(label)).as(label).hasSize(1);
                assertThat(SharedLabel.split(label)).as(label).containsExactly(label);
            }
            if (!containsAny(label, SharedLabel.UNMARKED_SEPARATORS)) {
                assertThat(unmarked.split(label)).as(label).hasSize(1);
                assertThat(SharedLabel.splitUnmarked(label)).as(label).containsExactly(label);
            }
        }
    }

    private static boolean containsAny(String s, String chars) {
        return s.chars().anyMatch(c -> chars.indexOf(c) >= 0);
    }

    /** The matches next() finds in a region are those of find(); how many. */
    private static int sameMatches(Pattern pattern, StartChars firsts, String t, int from, int to) {
        List<String> plain = new ArrayList<>();
        Matcher m = pattern.matcher(t).region(from, to);
        while (m.find()) {
            plain.add(m.start() + "-" + m.end() + ":" + m.group(1));
        }
        List<String> fast = new ArrayList<>();
        Matcher f = pattern.matcher(t);
        for (int at = from; firsts.find(f, t, at, to); at = f.end()) {
            fast.add(f.start() + "-" + f.end() + ":" + f.group(1));
        }
        assertThat(fast).as("%s in [%s]", pattern, t).isEqualTo(plain);
        return plain.size();
    }

    @Test
    @DisplayName("the start characters of LEADING are the ones the compiled pattern can begin a match with, on every char")
    void leadingStartsOnEveryChar() {
        int starts = 0;
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            // alone, a char the pattern matched or read past (hitEnd) can begin a match; any other cannot
            Matcher m = LabelCleaner.LEADING.matcher(String.valueOf((char) c));
            boolean begins = m.lookingAt() || m.hitEnd();
            assertThat(LabelCleaner.LEADING_STARTS.contains((char) c)).as("U+%04X", c).isEqualTo(begins);
            starts += begins ? 1 : 0;
        }
        assertThat(starts).as("characters that begin a match").isGreaterThan(60);
        assertThat(LabelCleaner.LEADING.matcher("").lookingAt()).as("the empty text").isFalse();
    }

    @Test
    @DisplayName("the start check of LEADING never says no where the pattern matches, on every window and made-up texts")
    void leadingStartCheck() throws IOException {
        List<String> texts = windows();
        texts.addAll(List.of("其中", "到 2020年底前", " 2025年", "2030年", "6月底前", "12 月 31日前", "第三季度末", "3季度",
                "上半年以前", "下半年", "年中", "——", "|", "｜x", "\t并且", "\u3000其中", "水质", "", "\ud842\udfb7字"));
        int matched = 0;
        for (String s : texts) {
            for (String t : List.of(s, s.strip())) {
                if (LabelCleaner.LEADING.matcher(t).lookingAt()) {
                    matched++;
                    assertThat(LabelCleaner.LEADING_STARTS.mayStart(t)).as("[%s]", t).isTrue();
                }
            }
        }
        assertThat(matched).as("matches seen").isGreaterThan(100);
        assertThat(LabelCleaner.LEADING_STARTS.mayStart("水质达标率")).isFalse();
    }

    /** Every stretch of up to 12 characters ending at each offset of the documents, and the edge cases. */
    private static List<String> windows() throws IOException {
        List<String> out = new ArrayList<>(EDGE_CASES);
        for (String t : texts()) {
            for (int end = 1; end <= t.length(); end++) {
                out.add(t.substring(Math.max(0, end - 12), end));
            }
        }
        return out;
    }

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String dir : List.of("data/documents", "src/test/resources/heldout/documents")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.sorted().toList()) {
                    texts.add(Files.readString(f));
                }
            }
        }
        return texts;
    }
}
