package org.policykg.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policykg.normalize.NormalizedText;
import org.policykg.support.Seeds;

class OutlineReaderTest {
    private final OutlineReader reader = new OutlineReader();

    private Outline outline(String seed) {
        return reader.read(Seeds.text(seed), null);
    }

    @Test
    void numberedHeadingsNestSectionsAndParagraphsBecomeTasksUnderTheDeepestHeading() {
        Outline outline = outline(Seeds.NANTONG_2018);

        assertThat(outline.sections()).hasSize(10);
        assertThat(outline.sections().get(0).heading()).isEqualTo("健全生态文明制度体系");
        Section first = outline.sections().get(0).children().get(0);
        assertThat(first.path()).isEqualTo("1.1");
        assertThat(first.marker()).isEqualTo("(一)");
        assertThat(first.tasks()).singleElement().satisfies(t -> {
            assertThat(t.text()).startsWith("继续强化排污权交易工作").endsWith("(责任部门:市环保局、海渔局、水利局、物价局、国土局、农委)");
            assertThat(t.section()).isSameAs(first);
        });
        assertThat(outline.tasks()).hasSize(33);
    }

    @Test
    void theLetterAndPreambleBeforeTheFirstHeadingHoldNoTasks() {
        Outline outline = outline(Seeds.NANTONG_2018);

        assertThat(outline.tasks()).noneMatch(t -> t.text().startsWith("根据国家发改委"));
        assertThat(outline.tasks()).allMatch(t -> t.section() != null);
    }

    @Test
    void aNumberedItemWithItsTextOnOneLineIsAHeadingAndATask() {
        Outline outline = outline(Seeds.WEIHAI_ETDZ);
        Section item = outline.sections().get(1).children().get(0).children().get(0);

        assertThat(item.heading()).isEqualTo("大力推进主体功能区建设");
        assertThat(item.path()).isEqualTo("2.1.1");
        assertThat(item.tasks()).singleElement().extracting(Task::text).asString()
                .startsWith("1.大力推进主体功能区建设。严格执行").contains("牵头单位");
    }

    @Test
    void tabSeparatedTablesAreReadAsRowsWithTheirHeaderAndTaskTablesGiveTasks() {
        Outline outline = outline(Seeds.NANTONG_ETDZ);

        assertThat(outline.tables()).hasSize(2);
        Table indicators = outline.tables().get(0);
        assertThat(indicators.header()).containsExactly("分 类", "序 号", "指标名称", "单位", "目标值");
        assertThat(indicators.rows()).anySatisfy(r -> assertThat(r.cells()).contains("自然湿地保护率", "%", "50"));
        assertThat(indicators.rows()).noneMatch(r -> r.cell(2).equals("指标名称"));

        Table projects = outline.tables().get(1);
        assertThat(projects.header()).contains("计划投资（万元）", "责任部门");
        assertThat(projects.section().heading()).isEqualTo("工程项目");
        List<Task> rowTasks = outline.tasks().stream().filter(Task::fromTable).toList();
        assertThat(rowTasks).hasSize(projects.rows().size());
        assertThat(rowTasks).anySatisfy(t -> assertThat(t.text()).contains("老洪港湿地公园扩建工程", "区建设局"));
    }

    @Test
    void shortUnpunctuatedLinesOverParagraphsAreHeadingsInADocumentWithoutNumbering() {
        Outline outline = outline(Seeds.GANZHOU);

        assertThat(outline.sections()).extracting(Section::heading)
                .containsExactly("构筑城乡规划新格局", "实现重点项目新突破", "凝聚齐抓共管新合力", "注入经济发展新动能",
                        "展现绿色文化新魅力", "探索生态法治新支撑");
        assertThat(outline.tasks()).noneMatch(t -> t.text().contains("文章推荐"));
    }

    @Test
    void webPageBoilerplateIsNotContent() {
        Outline outline = outline(Seeds.WEIHAI_ETDZ);

        assertThat(outline.tasks()).noneMatch(t -> t.text().contains("版权所有") || t.text().contains("ICP备"));
    }

    @Test
    void taskSpansPointAtTheirTextInTheSource() {
        NormalizedText text = Seeds.text(Seeds.NANTONG_2018);
        Outline outline = reader.read(text, null);

        for (Task task : outline.tasks()) {
            assertThat(text.text(task.span())).isEqualTo(task.text());
        }
    }
}
