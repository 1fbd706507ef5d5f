package org.policykg.extract.department;

import java.util.ArrayList;
import java.util.List;

import org.policykg.structure.Table;
import org.policykg.structure.TableRow;

/**
 * Bodies in the responsibility columns of a task table (责任部门, 责任单位, 牵头单位, 配合单位). In a
 * 责任 column the first body listed leads ("排在第一位的为牵头单位"), unless the table has a column of its
 * own for the leads. A cell that carries its own labels (牵头：…；配合：…) is read by them.
 */
final class TableColumns {
    private final LabelledLists labelled = new LabelledLists();

    /** A found name and the column it was read from. */
    record CellMention(Mention mention, int column) {
    }

    /** {@code columns}: {@link #columns(Table)} of the table, worked out once for all its rows. */
    List<CellMention> find(List<Label> columns, TableRow row) {
        boolean hasLeadColumn = columns.contains(Label.LEAD);
        List<CellMention> out = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c) != null) {
                for (Mention m : cell(row.cell(c), columns.get(c), hasLeadColumn)) {
                    out.add(new CellMention(m, c));
                }
            }
        }
        return out;
    }

    /**
     * Each column's label from its header; a table copied without its header has as its 责任 column the
     * last one whose every filled cell is a list of bodies (市经济和信息化委、市发改委).
     */
    static List<Label> columns(Table table) {
        List<Label> columns = new ArrayList<>(table.header().stream().map(Label::ofHeader).toList());
        if (table.header().stream().allMatch(String::isBlank)) {
            for (int c = columns.size() - 1; c >= 0; c--) {
                if (holdsBodies(table, c)) {
                    columns.set(c, Label.RESPONSIBLE);
                    break;
                }
            }
        }
        return columns;
    }

    private static boolean holdsBodies(Table table, int column) {
        List<String> filled = table.rows().stream().map(r -> r.cell(column)).filter(c -> !c.isBlank()).toList();
        return !filled.isEmpty() && filled.stream().allMatch(c -> NameList.split(c).stream()
                .allMatch(item -> BodyShape.isProseName(item.name())));
    }

    private List<Mention> cell(String cell, Label column, boolean hasLeadColumn) {
        List<Mention> own = labelled.find(cell);
        if (!own.isEmpty()) {
            return own;
        }
        return ListedBodies.read(cell, column, hasLeadColumn, BodyShape::isListedName, ListedBodies.AtNonBody.SKIP);
    }
}
