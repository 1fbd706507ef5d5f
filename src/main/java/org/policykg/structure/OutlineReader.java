package org.policykg.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.policykg.normalize.NormalizedText;
import org.policykg.structure.outline.OutlineParser;
import org.policykg.structure.table.BarSeparatedTableReader;
import org.policykg.structure.table.LinePerCellTableReader;
import org.policykg.structure.table.PipeRowTableReader;
import org.policykg.structure.table.SpaceSeparatedTableReader;
import org.policykg.structure.table.TabSeparatedTableReader;
import org.policykg.structure.table.TableReader;
import org.policykg.structure.table.TableRegion;

/** Entry point of structure recognition: finds tables with every known layout, then the outline around them. */
public final class OutlineReader {
    private final List<TableReader> tableReaders;
    private final OutlineParser parser = new OutlineParser();

    public OutlineReader() {
        this(List.of(new TabSeparatedTableReader(), new PipeRowTableReader(), new BarSeparatedTableReader(), new SpaceSeparatedTableReader(),
                new LinePerCellTableReader()));
    }

    public OutlineReader(List<TableReader> tableReaders) {
        this.tableReaders = List.copyOf(tableReaders);
    }

    public Outline read(NormalizedText text, String ownTitle) {
        return read(text, Lines.of(text), ownTitle);
    }

    /** {@code lines} must be {@code Lines.of(text)}: a caller that split the text already shares its lines. */
    public Outline read(NormalizedText text, List<Line> lines, String ownTitle) {
        return parser.parse(text, lines, tables(text, lines), ownTitle);
    }

    /** Tables in line order; where two layouts claim the same lines, the first reader listed wins. */
    private List<TableRegion> tables(NormalizedText text, List<Line> lines) {
        List<TableRegion> found = new ArrayList<>();
        for (TableReader reader : tableReaders) {
            for (TableRegion region : reader.read(text, lines)) {
                if (found.stream().noneMatch(region::overlaps)) {
                    found.add(region);
                }
            }
        }
        found.sort(Comparator.comparingInt(TableRegion::firstLine));
        return found;
    }
}
