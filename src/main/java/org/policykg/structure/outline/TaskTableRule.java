package org.policykg.structure.outline;

import org.policykg.structure.table.TableRegion;
import java.util.regex.Pattern;

/**
 * A table whose rows are tasks: it has a column naming the work (任务, 项目, 措施, 工作内容) and one
 * naming who does it (责任, 牵头, 承办, 实施单位). An indicator table (指标, 目标值) is not one. A copy
 * that lost its header is one when its rows describe work in words (a cell of a sentence's length in
 * most rows): what its columns are is then told by what they hold.
 */
final class TaskTableRule {
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern WORK = Pattern.compile("任务|项目名称|工程名称|措施|工作内容|工作事项|建设内容|事项");
    private static final Pattern WHO = Pattern.compile("责任|牵头|承办|实施单位|主办|配合|负责");

    private static final int SENTENCE = 12;

    boolean isTaskTable(TableRegion table) {
        if (table.header().stream().allMatch(String::isBlank)) {
            long described = table.rows().stream().filter(r -> r.cells().stream().anyMatch(c -> c.length() >= SENTENCE)).count();
            return table.rows().size() >= 2 && described * 2 > table.rows().size();
        }
        String h = SPACE.matcher(String.join("|", table.header())).replaceAll("");
        return WORK.matcher(h).find() && WHO.matcher(h).find();
    }
}
