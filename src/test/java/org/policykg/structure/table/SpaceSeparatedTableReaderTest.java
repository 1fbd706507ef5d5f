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
}
