package org.policykg.structure.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policykg.normalize.NormalizedText;
import org.policykg.normalize.TextNormalizer;
import org.policykg.read.SourceReader;
import org.policykg.structure.Lines;
import org.policykg.structure.Outline;
import org.policykg.structure.OutlineReader;
import org.policykg.structure.Table;
import org.policykg.structure.TableRow;

class LinePerCellTableReaderTest {

    private static NormalizedText seed(String name) throws Exception {
        return new TextNormalizer().normalize(new SourceReader().read(Path.of("data/documents", name)).text());
    }

    private static List<TableRegion> read(String text) {
        NormalizedText t = new TextNormalizer().normalize(text);
        return new LinePerCellTableReader().read(t, Lines.of(t));
    }

    @Test
    void theAppendixOf002IsOneTableOfFourColumnsAndFortyEightRows() throws Exception {
        Outline outline = new OutlineReader().read(seed("002_ca94530e59154593.txt"), null);
        Table table = outline.tables().get(0);
        assertThat(table.header()).containsExactly("序号", "专项行动(牵头单位)", "主要任务", "责任单位(排在第一位的为牵头单位)");
        assertThat(table.rows()).hasSize(48);
        assertThat(outline.tasks().stream().filter(t -> t.fromTable())).hasSize(48);
    }

    @Test
    void mergedCellsAreCarriedDownAndTheActionKeepsItsLeadUnit() throws Exception {
        Table table = new OutlineReader().read(seed("002_ca94530e59154593.txt"), null).tables().get(0);
        TableRow second = table.rows().get(1);
        assertThat(second.cells()).containsExactly("1", "绿色经济培育行动(经发局)", "大力发展绿色产业",
                "经发局、环保局、服务业发展局,乍浦镇,平湖市气象局");
        assertThat(table.rows().get(47).cell(2)).isEqualTo("建立“多元投入”体系");
    }

    @Test
    void theTableEndsBeforeTheDocumentsFooter() throws Exception {
        Table table = new OutlineReader().read(seed("002_ca94530e59154593.txt"), null).tables().get(0);
        assertThat(table.rows()).noneMatch(r -> r.text().contains("印发") || r.text().contains("办公室") && r.cell(0).isEmpty());
    }

    @Test
    void otherSeedsHaveNoSuchTable() throws Exception {
        for (String name : List.of("000_937dee3802406d3d.txt", "001_fa6f27a28cdcef08.txt", "003_0f5258ab0390f5fa.txt",
                "004_e7f9bf6c216b92d7.txt")) {
            NormalizedText t = seed(name);
            assertThat(new LinePerCellTableReader().read(t, Lines.of(t))).as(name).isEmpty();
        }
    }

    @Test
    void theColumnCountComesFromTheHeader() {
        String text = "序号\n\n重点任务\n\n牵头单位\n\n配合单位\n\n完成时限\n\n"
                + "1\n\n建设海绵城市\n\n市住建局\n\n市水利局、市财政局\n\n2019年底\n\n"
                + "2\n\n整治黑臭水体\n\n市环保局\n\n各区政府\n\n2018年底\n";
        List<TableRegion> tables = read(text);
        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).header()).hasSize(5);
        assertThat(tables.get(0).rows()).extracting(r -> r.cell(3)).containsExactly("市水利局、市财政局", "各区政府");
    }

    @Test
    void aRowMissingOnlyItsMergedGroupCellsInheritsThem() {
        String text = "序号\n\n类别\n\n主要任务\n\n责任单位\n\n"
                + "1\n\n大气\n\n淘汰燃煤锅炉\n\n市环保局\n\n推广新能源车\n\n市交通局、市经信委\n";
        List<TableRow> rows = read(text).get(0).rows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).cells()).containsExactly("1", "大气", "推广新能源车", "市交通局、市经信委");
    }

    @Test
    void aBareCellIsWhatTheRegexesLeave() {
        List<String> cells = new java.util.ArrayList<>(List.of("", "责任单位", "责任单位（牵头）", "责 任\t单 位", "(a)（b）", "完成\u000B时限", "（未闭合",
                "\u3000牵头\u3000单位"));
        cells.addAll(org.policykg.testing.SampleTexts.linesAndTasks());
        for (String cell : cells) {
            assertThat(LinePerCellTableReader.bareUpTo(cell, cell.length())).as(cell).isEqualTo(bare(cell));
        }
    }

    @Test
    void aBareCellUpToALengthIsTheBareCellWhenItIsNoLonger() {
        List<String> cells = new java.util.ArrayList<>(List.of("", "责任单位", "责任单位（牵头）", "责 任\t单 位", "(a)（b）",
                "完成\u000B时限", "（未闭合", "\u3000牵头\u3000单位", "((a)b)c", "（（牵头）单位）", "a(b", "a(b(c", ")）a(",
                "牵头单位（这是一个非常长的注释，超过了十六个字符的长度限制）", "一二三四五六七八九十一二三四五六七", "一二三四五六七八九十一二三四五六",
                "一二三四五六七八九十一二三四五六 \t", "一二三四五六七八九十一二三四五六(注)", "一二三四五六七八九十一二三四五六(未闭合"));
        cells.addAll(org.policykg.testing.SampleTexts.linesAndTasks());
        for (String cell : cells) {
            String bare = bare(cell);
            for (int max : new int[] {0, 1, 5, 16, 40}) {
                assertThat(LinePerCellTableReader.bareUpTo(cell, max)).as(cell + " up to " + max)
                        .isEqualTo(bare.length() <= max ? bare : null);
            }
        }
    }

    /** The rule a bare cell stands for: bracketed notes removed, then every \s. */
    private static final java.util.regex.Pattern BRACKETED_NOTE = java.util.regex.Pattern.compile("[(（][^)）]*[)）]");

    private static String bare(String cell) {
        return LinePerCellTableReader.SPACE.matcher(BRACKETED_NOTE.matcher(cell).replaceAll("")).replaceAll("");
    }

    /** The alternation of header words the word list stands in for. */
    private static final java.util.regex.Pattern HEADER_WORD = java.util.regex.Pattern.compile(
            "序号|编号|类别|分类|行动|任务|项目|内容|措施|事项|单位|部门|时间|时限|进度|备注|目标|指标|领域");

    @Test
    void aCellHoldsAHeaderWordExactlyWhereTheRegexOfTheWordsFindsOne() {
        assertThat(LinePerCellTableReader.HEADER_WORDS.pattern().pattern()).isEqualTo(HEADER_WORD.pattern());
        List<String> cells = new java.util.ArrayList<>(List.of("", "序", "号", "序号", "x序号", "序号x", "序 号", "号序", "序序号",
                "责任单位（牵头）", "时", "间时", "领域领", "备注\n"));
        for (String line : org.policykg.testing.SampleTexts.linesAndTasks()) {
            cells.add(line);
            cells.add(bare(line));
        }
        int found = 0;
        for (String cell : cells) {
            boolean plain = HEADER_WORD.matcher(cell).find();
            assertThat(LinePerCellTableReader.HEADER_WORDS.occursIn(cell)).as(cell).isEqualTo(plain);
            found += plain ? 1 : 0;
        }
        assertThat(found).as("cells holding a header word").isGreaterThan(50);
    }

    @Test
    void aLineThePreChecksLeaveOutIsNoHeadingOrFooter() {
        List<String> lines = new java.util.ArrayList<>(List.of("", "附件", "附 件2", "三、任务", "第二章", "第十条", "2018年5月16日印发",
                "市政府办公室 2018年5月16日印发", "抄送：市委", "2018年5月16日", "x2018年5月16日", "印发\u0085", "印 发", "二〇一八年"));
        lines.addAll(org.policykg.testing.SampleTexts.linesAndTasks());
        List<java.util.regex.Pattern> patterns = LinePerCellTableReader.headingAndFooter();
        int headings = 0;
        int footers = 0;
        for (String line : lines) {
            boolean heading = patterns.get(0).matcher(line).find();
            boolean footer = patterns.get(1).matcher(line).find();
            assertThat(LinePerCellTableReader.mayBeHeading(line) || !heading).as(line).isTrue();
            assertThat(LinePerCellTableReader.mayBeFooter(line) || !footer).as(line).isTrue();
            headings += heading ? 1 : 0;
            footers += footer ? 1 : 0;
        }
        assertThat(headings).as("heading lines").isGreaterThan(20);
        assertThat(footers).as("footer lines").isGreaterThan(5);
    }
}
