package org.policykg.structure.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.policykg.testing.SampleTexts;

/**
 * Where a metadata pre-check says a regex cannot match, it does not: on every line and task of the seed,
 * held-out and synthetic documents, and on strings made up to sit at the checks' edges.
 */
@DisplayName("Metadata pre-checks agree with the regexes they stand before")
class PreChecksTest {
    private static final List<String> MADE_UP = List.of("", "文件", "市政府文件", "某某市人民政府 文件", "2018年5月16日",
            "二〇一八年五月十六日", "2018年5月", "5月16日", "关于印发《某某方案》的通知", "关于印发某某市工作方案的通知\u2028",
            "某市关于发布规定的决定", "《某某方案》已经同意，现印发给你们", "X《方案》", "方案_某市人民政府", "方案 - 中国政府网",
            "方案—网", "方案（试行）", "方案(2016-2020)", "规划〔2018〕", "方案【修订】", "办法]", "方案（试行）\n", "方案（试行）\u0085",
            "（试行）", "  方案（试行）  ");

    private static List<String> samples() {
        List<String> out = new ArrayList<>(MADE_UP);
        out.addAll(SampleTexts.linesAndTasks());
        return out;
    }

    @Test
    void aLineWithoutTheDateLiteralsHoldsNoWrittenDate() {
        for (String line : samples()) {
            if (!DateFinder.mayHoldDate(line)) {
                assertThat(DateFinder.WRITTEN.matcher(line).find()).as(line).isFalse();
            }
        }
    }

    @Test
    void aLineWithoutWenHaoOrFaWenZiHaoHoldsNoNumberLabel() {
        int labelled = 0;
        List<String> lines = new ArrayList<>(samples());
        lines.addAll(List.of("文号：苏政发〔2018〕12号", "发文字号:", "发文号 ", "文 号", "文字号", "号文", "发文字 号", "x发文字号y",
                "字号", "发文", "文号"));
        for (String line : lines) {
            boolean found = OwnNumberFinder.LABEL.matcher(line).find();
            if (!OwnNumberFinder.mayHoldLabel(line)) {
                assertThat(found).as(line).isFalse();
            }
            labelled += found ? 1 : 0;
        }
        assertThat(labelled).as("lines with a label").isGreaterThanOrEqualTo(3);
    }

    @Test
    void titlePatternsMatchOnlyWhereTheirPreChecksAllow() {
        for (String line : samples()) {
            if (!TitleFinder.mayBeNotice(line)) {
                assertThat(TitleFinder.NOTICE.matcher(line).matches()).as(line).isFalse();
                assertThat(TitleFinder.NOTICE_UNQUOTED.matcher(line).matches()).as(line).isFalse();
            }
            if (!line.startsWith("《")) {
                assertThat(TitleFinder.ISSUING_SENTENCE.matcher(line).find()).as(line).isFalse();
            }
            if (!TitleFinder.hasSiteSeparator(line)) {
                assertThat(TitleFinder.SITE_SUFFIX.matcher(line).find()).as(line).isFalse();
            }
            if (!line.endsWith("文件")) {
                assertThat(IssuerFinder.RED_HEADER.matcher(line).matches()).as(line).isFalse();
            }
        }
    }

    @Test
    void coreIsTheTitleWithoutItsQualifiersAsTheRegexRemovesThem() {
        for (String line : samples()) {
            assertThat(DocumentTypes.core(line)).as(line)
                    .isEqualTo(DocumentTypes.TRAILING_QUALIFIER.matcher(line.strip()).replaceAll("").strip());
        }
    }
}
