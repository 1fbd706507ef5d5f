package org.policykg.structure.table;

import java.util.List;

import org.policykg.structure.TableRow;

/** A table found in lines {@code firstLine..lastLine} (indexes into the document's lines, inclusive). */
public record TableRegion(int firstLine, int lastLine, List<String> header, List<TableRow> rows) {
    public boolean overlaps(TableRegion other) {
        return firstLine <= other.lastLine && other.firstLine <= lastLine;
    }
}
