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

    List<CellMention> find(Table table, TableRow row) {
        List<Label> columns = table.header().stream().map(Label::ofHeader).toList();
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

    private List<Mention> cell(String cell, Label column, boolean hasLeadColumn) {
        List<Mention> own = labelled.find(cell);
        if (!own.isEmpty()) {
            return own;
        }
        return ListedBodies.read(cell, column, hasLeadColumn, BodyShape::isListedName, ListedBodies.AtNonBody.SKIP);
    }
}
