package org.policykg.extract.project;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.policykg.structure.Table;
import org.policykg.structure.TableRow;

/**
 * Reads project tables (工程项目: 项目类别 | 项目名称 | 建设内容 | 计划投资（万元） | 责任部门 | 完成时间).
 * The cells of merged PDF cells come out blank in the rows below the first, so a blank category,
 * body or deadline is carried down from the row above.
 */
final class ProjectTableReader {
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private record Columns(int category, int name, int content, int investment, int body, int deadline, String moneyUnit) {
        static Columns of(Table t) {
            int name = first(t, "项目名称", "工程名称", "名称", "项目");
            int content = first(t, "建设内容", "建设规模", "主要内容", "内容");
            int investment = first(t, "计划投资", "总投资", "投资", "资金");
            if (name < 0 || (content < 0 && investment < 0) || t.column("指标") >= 0) {
                return null;
            }
            String unit = investment < 0 ? null : Investment.headerUnit(SPACE.matcher(t.header().get(investment)).replaceAll(""));
            return new Columns(first(t, "项目类别", "类别", "类型", "领域"), name, content, investment,
                    first(t, "责任部门", "责任单位", "牵头单位", "实施单位", "责任主体"),
                    first(t, "完成时间", "完成时限", "时限", "建设年限", "进度"), unit == null ? "万元" : unit);
        }

        /** The column of the first word any header holds; words are tried in order of preference. */
        private static int first(Table t, String... words) {
            for (String w : words) {
                int i = t.column(w);
                if (i >= 0) {
                    return i;
                }
            }
            return -1;
        }
    }

    private ProjectTableReader() {
    }

    static List<Project> read(List<Table> tables) {
        List<Project> out = new ArrayList<>();
        for (Table table : tables) {
            Columns c = Columns.of(table);
            if (c != null) {
                read(table, c, out);
            }
        }
        return out;
    }

    private static void read(Table table, Columns c, List<Project> out) {
        String category = "";
        String body = "";
        String deadline = "";
        for (TableRow row : table.rows()) {
            String name = cell(row, c.name());
            if (name.isEmpty()) {
                continue;
            }
            category = orAbove(cell(row, c.category()), category);
            body = orAbove(cell(row, c.body()), body);
            deadline = orAbove(cell(row, c.deadline()), deadline);
            out.add(new Project(name, cell(row, c.content()),
                    c.investment() < 0 ? null : Investment.wan(cell(row, c.investment()), c.moneyUnit()),
                    body, deadline, category, row.span()));
        }
    }

    private static String orAbove(String value, String above) {
        return value.isEmpty() ? above : value;
    }

    private static String cell(TableRow row, int column) {
        return column < 0 ? "" : row.cell(column).strip();
    }
}
