package org.policykg.extract.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.policykg.testing.SampleTexts;

/**
 * The department patterns' pre-checks and scans give what their regexes give: on every line and task of
 * the seed, held-out and synthetic documents, and on strings made up to sit at the checks' edges.
 */
@DisplayName("Department pre-checks agree with the regexes they stand before")
class PreChecksTest {
    private static final List<String> MADE_UP = List.of("", "由", "由由", "负责", "由负责", "由A负责", "AB牵头",
            "由市环保局牵头，市发改委配合。", "由市（县、区）政府牵头", "各县(市、区)牵头负责", "市环保局（牵头）、市水利局负责",
            "（牵头单位：市环保局；配合单位：市财政局）", "各责任单位要落实", "工作牵头单位:A局", "主要责任单位：县水利局\n具体承办部门：乡镇",
            "牵头单位牵头单位牵头", "责任主体：县政府", "，由(市、县)牵头，", "由市局，牵头", "由（市局，县局）牵头", "牵头\n由县局负责",
            "市局 。", " 市局 ", "“市局”", "市局等部门配合", "各部门配合", "市局\u2028", "市局\u0085", "（市局）", "市局)",
            "县(市、区)", "县（市、区）", "，；", "等", "\n", "市环保局\n", "市\uD835\uDC00局", "\uD800", "按职责分工负责",
            "2018年", "第1、2项", "负责", "负", "确保质量", "完成时间", "时间\n", "要求\u2028", "目标\r\n", "目 标", "12", "1\n2", "《方案》\n", "市局：", "市局\r\n12");

    private static List<String> samples() {
        List<String> out = new ArrayList<>(MADE_UP);
        out.addAll(SampleTexts.linesAndTasks());
        return out;
    }

    @Test
    void labelScanFindsTheLabelsFindAcceptsAtTheStartOfAList() {
        for (String text : samples()) {
            assertThat(starts(text, true)).as(text).isEqualTo(starts(text, false));
        }
    }

    private static List<String> starts(String text, boolean scan) {
        List<String> out = new ArrayList<>();
        Matcher m = Label.WORDS.matcher(text);
        if (scan) {
            for (int from = 0; LabelledLists.nextListLabel(m, text, from); from = m.end()) {
                out.add(m.start() + ":" + m.group());
            }
        } else {
            while (m.find()) {
                if (LabelledLists.startsList(text, m.start())) {
                    out.add(m.start() + ":" + m.group());
                }
            }
        }
        return out;
    }

    @Test
    void leadScanFindsWhatFindFinds() {
        for (String text : samples()) {
            assertThat(leads(text, true)).as(text).isEqualTo(leads(text, false));
        }
    }

    private static List<String> leads(String text, boolean scan) {
        List<String> out = new ArrayList<>();
        Matcher m = ProseLeads.LEAD.matcher(text);
        if (scan) {
            for (int from = 0; ProseLeads.nextLead(m, text, from); from = m.end()) {
                out.add(m.start() + "-" + m.end() + ":" + m.group(1) + "|" + m.group(2) + "|" + m.group(3));
            }
        } else {
            while (m.find()) {
                out.add(m.start() + "-" + m.end() + ":" + m.group(1) + "|" + m.group(2) + "|" + m.group(3));
            }
        }
        return out;
    }

    @Test
    void trailingBracketFindsWhatFindFinds() {
        String widest = "（" + ("(" + "\uD835\uDC00".repeat(12) + ")").repeat(120) + "总牵头）";
        List<String> texts = new ArrayList<>(List.of(widest, "前文。" + widest + " 。\r\n", "前文" + widest.substring(1),
                "加强河道保洁。(县水利局、县财政局)\r\n", "（市局）\u2028", "（市局）\u2029", "（市局）\u0085", "（市局）\n\n",
                "(市局、县局) 。；;.\t\u000B\f", "（市局）x", "（市局）\r", "【市局】", "〔市局〕\u3000", "[市局]", "［市局］",
                "（（市局））", "（" + "甲".repeat(121) + "）", "(a)(b)", ")", "（）"));
        texts.addAll(samples());
        for (String text : texts) {
            for (String t : List.of(text, StandingInstruction.blank(text))) {
                Matcher plain = TrailingBracket.LAST.matcher(t);
                assertThat(match(TrailingBracket.last(t))).as(t).isEqualTo(match(plain.find() ? plain : null));
            }
        }
    }

    private static String match(Matcher m) {
        return m == null ? "none" : m.start() + "-" + m.end() + ":" + m.start(1) + ":" + m.group(1) + "|" + m.group(2);
    }

    @Test
    void edgeCharactersAreAllThatEdgesClassHolds() {
        Pattern edgeClass = Pattern.compile("[\\s\\p{P}]");
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (edgeClass.matcher(String.valueOf(c)).matches()) {
                assertThat(NameList.mayBeEdge(c)).as("U+%04X", (int) c).isTrue();
            }
        }
    }

    @Test
    void nameEdgesTailsAndHeadsAgreeWithTheirRegexesOnEveryEnding() {
        for (String text : samples()) {
            for (String s : endings(text)) {
                assertThat(NameList.withoutEdges(s)).as(s).isEqualTo(NameList.EDGE.matcher(s).replaceAll(""));
                assertThat(NameList.withoutTail(s)).as(s).isEqualTo(NameList.TAIL.matcher(s).replaceFirst(""));
                assertThat(BodyShape.endsLikeBody(s)).as(s).isEqualTo(BodyShape.HEAD.matcher(s.strip()).find());
                assertThat(BodyShape.hasSentenceMark(s)).as(s).isEqualTo(BodyShape.SENTENCE_MARK.matcher(s).matches());
                assertThat(BodyShape.hasTwoDigits(s)).as(s).isEqualTo(BodyShape.TWO_DIGITS.matcher(s).matches());
                assertThat(BodyShape.startsWithWorkVerb(s)).as(s).isEqualTo(BodyShape.WORK_VERB.matcher(s).find());
                assertThat(BodyShape.endsWithOtherColumn(s)).as(s).isEqualTo(BodyShape.OTHER_COLUMN.matcher(s).find());
            }
        }
    }

    @Test
    void genericWordsAndNonNameCharactersAgreeWithTheirRegexes() {
        List<String> made = new ArrayList<>(List.of("各部门", "有关单位", "各有关部门", "所有", "各级政府", "公众", "群众\n", "社会",
                "其他方面", "相关责任单位", "各县", "企业家", "单位部门", "市1局", "市\uD835\uDFCE局", "的", "市局"));
        for (String text : samples()) {
            made.addAll(endings(text));
        }
        int generic = 0;
        for (String s : made) {
            boolean plain = BodyShape.GENERIC.matcher(s).matches();
            assertThat(BodyShape.isGeneric(s)).as(s).isEqualTo(plain);
            assertThat(BodyShape.hasNonNameChar(s)).as(s).isEqualTo(BodyShape.NOT_A_NAME.matcher(s).find());
            generic += plain ? 1 : 0;
        }
        assertThat(generic).isGreaterThan(5);
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String one = String.valueOf(c);
            assertThat(BodyShape.hasNonNameChar(one)).as("U+%04X", (int) c).isEqualTo(BodyShape.NOT_A_NAME.matcher(one).find());
        }
    }

    @Test
    void labelRolesAndLeadMarksAgreeWithTheirRegexes() {
        List<String> made = new ArrayList<>(List.of("工作牵头单位", "主要责任单位", "具体承办部门", "配合单位", "工作配合部门", "协办单位\n",
                "配合\u2028单位", "主办单位", "主要主办单位", "工作工作配合单位", "责任主体", "配合", "", "市局（牵头）", "市局(主办)\n",
                "市局（牵头单位）\r\n", "市局（牵头）。", "（牵头）市局"));
        for (String text : samples()) {
            Matcher m = Label.WORDS.matcher(text);
            while (m.find()) {
                made.add(m.group());
            }
            made.addAll(endings(text));
        }
        int marks = 0;
        for (String s : made) {
            String word = Label.QUALIFIER.matcher(s).replaceFirst("");
            assertThat(Label.withoutQualifier(s)).as(s).isEqualTo(word);
            assertThat(Label.isSupportWord(word)).as(s).isEqualTo(Label.SUPPORT_WORD.matcher(word).matches());
            boolean mark = NameList.LEAD_MARK.matcher(s).find();
            if (mark) {
                assertThat(NameList.LEAD_MARK_END.mayEnd(s)).as(s).isTrue();
                marks++;
            }
        }
        assertThat(marks).isGreaterThanOrEqualTo(3);
    }

    @Test
    void supportClausesAndArrangementsAreFoundInRegionsAsInSubstrings() {
        int supports = 0;
        for (String text : samples()) {
            Matcher region = ProseLeads.SUPPORT.matcher(text);
            // every SUPPORT match ends with one of these verbs: texts without one are left to the arrangement check
            boolean verb = List.of("配合", "参与", "协助", "协同", "参加", "负责", "落实").stream().anyMatch(text::contains);
            for (int at = 0; at < text.length(); at++) {
                Matcher sub = ProseLeads.SUPPORT.matcher(text.substring(at));
                boolean plain = verb && sub.find();
                assertThat(verb && region.region(at, text.length()).lookingAt()).as("%s at %d", text, at).isEqualTo(plain);
                if (plain) {
                    assertThat(region.start(1) + ":" + region.end()).isEqualTo((at + sub.start(1)) + ":" + (at + sub.end()));
                    supports++;
                }
                int end = at;
                while (end < text.length() && "。；;\n".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                assertThat(ProseLeads.describesArrangement(text, at)).as("%s at %d", text, at)
                        .isEqualTo(ProseLeads.DESCRIBES_ARRANGEMENT.matcher(text.substring(at, end)).find());
            }
        }
        assertThat(supports).isGreaterThan(10);
    }

    @Test
    void aPieceThatCannotEndWithAPlaceIsNoPlace() {
        List<String> made = new ArrayList<>(List.of("各县(市、区)", "各县（市、区） ", "城乡一体化示范区\u3000", "市局(县)", "县)", "（县）",
                "各区", " ", "", "\uD835\uDC00", "各县\u2028"));
        for (String text : samples()) {
            made.addAll(endings(text));
        }
        int places = 0;
        for (String s : made) {
            if (Collectives.isPlaceOnly(Collectives.withoutBrackets(s.strip()))) {
                assertThat(Collectives.mayBePlace(s, new int[] {0, s.length()})).as(s).isTrue();
                places++;
            }
        }
        assertThat(places).isGreaterThan(5);
    }

    @Test
    void openingsOfAssignmentLinesAndDutiesAgreeWithTheirRegexes() {
        List<String> made = new ArrayList<>(List.of("（牵头单位：市局）", "( \t责任单位:县局", "【【责任单位", " 牵头单位", "((牵头单位",
                "\u3000负责全县", " \u3000 组织", "\n统筹", "负", "", "[ 具体承办部门", "（\u3000责任单位"));
        made.addAll(samples());
        int only = 0;
        int duties = 0;
        for (String s : made) {
            boolean plain = DepartmentExtractor.ONLY_ASSIGNMENT.matcher(s).find();
            if (plain) {
                assertThat(DepartmentExtractor.mayOpenWithLabel(s)).as(s).isTrue();
                only++;
            }
            boolean duty = HeadingBody.DUTY.matcher(s).find();
            assertThat(HeadingBody.opensWithDuty(s)).as(s).isEqualTo(duty);
            duties += duty ? 1 : 0;
        }
        assertThat(only).isGreaterThan(3);
        assertThat(duties).isGreaterThan(3);
    }

    /** The string, its pieces between list separators, and each piece's last few characters. */
    private static List<String> endings(String text) {
        List<String> out = new ArrayList<>();
        out.add(text);
        for (String piece : text.split("[、，,;；]")) {
            for (int k = 1; k <= Math.min(6, piece.length()); k++) {
                out.add(piece.substring(piece.length() - k));
                out.add(piece.substring(0, piece.length() - k + 1));
            }
        }
        return out;
    }
}
