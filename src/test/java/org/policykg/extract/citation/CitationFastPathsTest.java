package org.policykg.extract.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.policykg.testing.SampleTexts;
import org.policykg.normalize.TextNormalizer;

/**
 * The citation scan tries its patterns only where a match can start (a line start near 关于, a 现, a series
 * letter) and reads title keys without a regex: each must give what the plain regex gives everywhere.
 */
@DisplayName("Citation fast paths agree with the plain patterns")
class CitationFastPathsTest {
    private static final List<String> EDGE_CASES = List.of(
            "某市人民政府办公室关于印发《某市河长制工作方案》的通知 某政办发〔2018〕42号 各区县人民政府:",
            "\n\u3000\u3000 关于转发《甲办法》和《乙规定》的通知\n正文", "根据省政府关于印发《X》的通知(某政发〔2016〕12号)精神",
            "标题\r\n关于下发《丙计划》的决定\r\n", "关于 印发\u3000 《己方案》的通知\n", "关于\n印发\n《庚方案》的通知 ", "关于加强《辛方案》的通知\n", "关于印发\n", "关于印发",
            "关于关于印发《壬》的通知\n", "市政府关于颁布 《癸》 和 《子》 的决定\n", "标题\u2028关于颁布《丁条例》的通知", "\u0085关于发布《戊标准》的通知 ",
            "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一关于印发《太远》的通知\n",
            "现将《某市河长制工作方案》印发给你们", "《A》已经市政府同意,现印发给你们", "现予印发《B》,请遵照执行。现状良好,实现目标",
            "GB 3095-2012《环境空气质量标准》", "DB32/T 1234-2018", "XGB3095-2012", "GB/ T 18918 — 2002", "HJ2.2-2018和JGJ 55-2011",
            "TSG G0001-2012", "CJJ1-2008a", "GB3095-20121", "");

    @Test
    @DisplayName("notice headings: the same matches as HEADER.find() everywhere")
    void headings() throws IOException {
        int found = 0;
        for (String t : texts()) {
            List<MatchResult> fast = NoticeHeaderLine.headings(t);
            assertSameMatches(fast, NoticeHeaderLine.HEADER.matcher(t).results().toList(), t);
            found += fast.size();
        }
        assertThat(found).as("headings found").isGreaterThanOrEqualTo(4);
    }

    @Test
    @DisplayName("现…印发: the same matches as NOW_HAND_OUT.find() everywhere")
    void nowHandOuts() throws IOException {
        int found = 0;
        for (String t : texts()) {
            List<MatchResult> fast = IssuedHereSentence.nowHandOuts(t);
            assertSameMatches(fast, IssuedHereSentence.NOW_HAND_OUT.matcher(t).results().toList(), t);
            found += fast.size();
        }
        assertThat(found).as("hand-outs found").isGreaterThanOrEqualTo(2);
    }

    @Test
    @DisplayName("standard codes: the same codes and spans as CODE.find() everywhere")
    void standardCodes() throws IOException {
        int found = 0;
        for (String t : texts()) {
            List<StandardCodePattern.Hit> fast = new StandardCodePattern().find(t);
            List<MatchResult> plain = StandardCodePattern.CODE.matcher(t).results().toList();
            assertThat(fast).as(t).hasSameSizeAs(plain);
            for (int i = 0; i < plain.size(); i++) {
                assertThat(fast.get(i).span().start()).isEqualTo(plain.get(i).start());
                assertThat(fast.get(i).span().end()).isEqualTo(plain.get(i).end());
            }
            found += fast.size();
        }
        assertThat(found).as("codes found").isGreaterThanOrEqualTo(5);
    }

    @Test
    @DisplayName("title keys keep exactly the code points the [^\\p{L}\\p{N}] regex keeps, for every code point")
    void lettersAndDigits() {
        Pattern dropped = RegulationKey.NOT_LETTER_OR_DIGIT;
        StringBuilder all = new StringBuilder();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String one = new String(Character.toChars(cp));
            assertThat(RegulationKey.lettersAndDigits(one)).as("U+%04X", cp).isEqualTo(dropped.matcher(one).replaceAll(""));
            if (cp % 97 == 0) {
                all.appendCodePoint(cp);
            }
        }
        String mixed = all + "\uD800x\uDC00《中华人民共和国大气污染防治法》(2018年修正)";
        assertThat(RegulationKey.lettersAndDigits(mixed)).isEqualTo(dropped.matcher(mixed).replaceAll(""));
        assertThat(RegulationKey.title("《某市 打赢蓝天保卫战三年行动计划（2018-2020年）》")).isEqualTo("某市打赢蓝天保卫战三年行动计划20182020年");
    }

    @Test
    @DisplayName("title keys equal the regex chain's on every title of the shipped and held-out documents")
    void titleKeys() throws IOException {
        Pattern period = RegulationKey.PERIOD;
        Pattern bracketedYear = RegulationKey.BRACKETED_YEAR;
        int titles = 0;
        for (String t : texts()) {
            for (TitlePattern.Hit hit : new TitlePattern().find(t)) {
                String s = TextNormalizer.simplified(hit.title());
                s = bracketedYear.matcher(period.matcher(s).replaceAll("$1-$2年")).replaceAll("$1$2年");
                String expected = RegulationKey.NOT_LETTER_OR_DIGIT.matcher(s).replaceAll("").toLowerCase();
                assertThat(RegulationKey.title(hit.title())).isEqualTo(expected);
                titles++;
            }
        }
        assertThat(titles).isGreaterThan(100);
    }

    @Test
    @DisplayName("本…, 自…之日起施行, 附件: the checks that need 本, 自, 附件 first answer as the regexes do")
    void ownTitlePhrases() throws IOException {
        List<String> texts = new ArrayList<>(List.of("本", "本 ", "本\u3000\n", "印发本", "自印发之日起施行", " 自 发布之日起 生效",
                "\n附件", "附件1:", "附件 2.", "\n 附件１", "附"));
        texts.addAll(texts());
        int found = 0;
        for (String t : texts) {
            for (int end = 0; end <= t.length(); end++) {
                String before = t.substring(Math.max(0, end - 4), end);
                String after = t.substring(end, Math.min(t.length(), end + 16));
                int lineStart = Math.max(0, t.lastIndexOf('\n', end - 1));
                boolean attached = ThisDocumentPhrase.ATTACHMENT.matcher(t.substring(lineStart, end)).find();
                assertThat(ThisDocumentPhrase.isThis(before)).as(before).isEqualTo(ThisDocumentPhrase.THIS.matcher(before).find());
                assertThat(ThisDocumentPhrase.inForce(after)).as(after).isEqualTo(ThisDocumentPhrase.IN_FORCE.matcher(after).find());
                assertThat(ThisDocumentPhrase.attachment(t, lineStart, end)).as(t.substring(lineStart, end)).isEqualTo(attached);
                found += attached ? 1 : 0;
            }
        }
        assertThat(found).isGreaterThan(3);
    }

    @Test
    @DisplayName("简称, 标准, 的: a text after a title without the word holds no match of the pattern that needs it")
    void wordsTheTitlePatternsNeed() {
        List<String> texts = new ArrayList<>(List.of("(以下简称《方案》)", "（简称《A》）", " 标准", "\u3000标准", "的通知", " 的 决定"));
        texts.addAll(texts());
        int found = 0;
        for (String t : texts) {
            for (int start = 0; start <= t.length(); start++) {
                String after = t.substring(start, Math.min(t.length(), start + 40));
                found += holdsWhenFound(TitleCitation.ALIAS, after, "简称") + holdsWhenFound(TitleCitation.STANDARD_WORD, after, "标准")
                        + holdsWhenFound(NoticeCarrierNumber.NOTICE_GAP, after.substring(0, Math.min(12, after.length())), "的");
            }
        }
        assertThat(found).isGreaterThan(10);
    }

    @Test
    @DisplayName("a title's gap: empty after any other first character, no closing bracket no close, blank as isBlank says")
    void gapsAfterTitles() {
        List<String> texts = new ArrayList<>(List.of("》 的通知（国发〔2013〕37号）", "》文件(", "》\u3000〔", "》的\u2028函", "》\u000B(",
                " 文件 ）", "\u3000)", "号)", "\uD835\uDC00 ", " \u2028\u00A0", "\u3000 "));
        texts.addAll(texts());
        int gaps = 0;
        int closes = 0;
        for (String t : texts) {
            for (int end = 0; end <= t.length(); end++) {
                String after = t.substring(end, Math.min(t.length(), end + NoticeCarrierNumber.MAX_GAP));
                Matcher gap = NoticeCarrierNumber.GAP.matcher(after);
                assertThat(gap.find()).as(after).isTrue();
                if (after.isEmpty() || NoticeCarrierNumber.GAP_FIRSTS.indexOf(after.charAt(0)) < 0) {
                    assertThat(gap.end()).as(after).isZero();
                    assertThat(NoticeCarrierNumber.NOTICE_GAP.matcher(after).find()).as(after).isFalse();
                } else {
                    gaps += gap.end() > 0 ? 1 : 0;
                }
                String six = t.substring(end, Math.min(t.length(), end + 6));
                if (TitleCitation.GAP_CLOSE.matcher(six).find()) {
                    assertThat(six.chars().anyMatch(c -> TitleCitation.GAP_CLOSERS.indexOf(c) >= 0)).as(six).isTrue();
                    closes++;
                }
                for (int to = end; to <= Math.min(t.length(), end + 8); to++) {
                    assertThat(BlankGap.isBlank(t, end, to)).isEqualTo(t.substring(end, to).isBlank());
                }
            }
        }
        assertThat(gaps).isGreaterThan(10);
        assertThat(closes).isGreaterThan(10);
    }

    @Test
    @DisplayName("drawn up here: MARKED and PLAIN match only where the text before the title may end as they do")
    void drawnUpEndings() {
        List<String> texts = new ArrayList<>(List.of("特制定", "现制定如下 ", "特制订本\u3000", "为此编制了\n", "制定\u2028", "制定本\r\n",
                "编制了本\u2029", "特制定x", "制定\u00A0", "据此研究制定如下"));
        texts.addAll(texts());
        int found = 0;
        for (String t : texts) {
            for (int to = 0; to <= t.length(); to++) {
                int from = Math.max(0, to - 12);
                String before = t.substring(from, to);
                boolean any = DrawnUpHereClause.MARKED.matcher(before).find() || DrawnUpHereClause.PLAIN.matcher(before).find();
                if (any) {
                    assertThat(DrawnUpHereClause.mayEndBefore(t, from, to)).as(before).isTrue();
                    found++;
                }
            }
        }
        assertThat(found).isGreaterThan(10);
    }

    private static int holdsWhenFound(Pattern pattern, String text, String word) {
        if (!pattern.matcher(text).find()) {
            return 0;
        }
        assertThat(text).as(pattern.pattern()).contains(word);
        return 1;
    }

    private static void assertSameMatches(List<MatchResult> fast, List<MatchResult> plain, String text) {
        assertThat(fast).as(text).hasSameSizeAs(plain);
        for (int i = 0; i < plain.size(); i++) {
            assertThat(fast.get(i).start()).isEqualTo(plain.get(i).start());
            assertThat(fast.get(i).end()).isEqualTo(plain.get(i).end());
            for (int g = 1; g <= plain.get(i).groupCount(); g++) {
                assertThat(fast.get(i).group(g)).isEqualTo(plain.get(i).group(g));
            }
        }
    }

    private static List<String> texts() {
        List<String> texts = new ArrayList<>(EDGE_CASES);
        texts.addAll(SampleTexts.documentsRawAndNormalized());
        return texts;
    }
}
