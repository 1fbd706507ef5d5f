package org.policykg.structure.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policykg.testing.SampleTexts;

class SpaceSeparatedTableReaderTest {

    /** The pre-check leaves out only lines none of whose cells names who does the work. */
    @Test
    void aLineThePreCheckLeavesOutHasNoCellNamingWho() {
        List<String> lines = new ArrayList<>(List.of("序号 任务 牵头单位 完成时间", "序号 任务 责任部门 时限", "序号 任务 时限 备注", ""));
        lines.addAll(SampleTexts.linesAndTasks());
        int headers = 0;
        for (String line : lines) {
            boolean who = false;
            for (String cell : SpaceSeparatedTableReader.SPACES.split(line.strip())) {
                who |= SpaceSeparatedTableReader.WHO.matcher(cell).find();
            }
            assertThat(SpaceSeparatedTableReader.mayNameWho(line) || !who).as(line).isTrue();
            headers += who ? 1 : 0;
        }
        assertThat(headers).as("lines with a cell naming who").isGreaterThan(2);
    }

    /** A line the space pre-check leaves out splits into one cell, too few for a header. */
    @Test
    void aLineWithoutASpaceSplitsIntoOneCell() {
        List<String> lines = new ArrayList<>(List.of("序号 任务 牵头单位 完成时间", "序号\u3000任务\u3000牵头单位\u3000时间", "序号\t任务",
                "序号\u00A0任务\u00A0牵头单位\u00A0时间", "序号\u2003任务\u2003牵头单位\u2003时间", " ", "", "牵头单位"));
        lines.addAll(SampleTexts.linesAndTasks());
        int split = 0;
        for (String line : lines) {
            int cells = SpaceSeparatedTableReader.SPACES.split(line.strip()).length;
            if (!SpaceSeparatedTableReader.hasSpace(line)) {
                assertThat(cells).as(line).isEqualTo(1);
            }
            split += cells > 1 ? 1 : 0;
        }
        assertThat(split).as("lines split into cells").isGreaterThan(10);
    }
}
