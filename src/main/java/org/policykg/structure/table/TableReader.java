package org.policykg.structure.table;

import java.util.List;

import org.policykg.normalize.NormalizedText;
import org.policykg.structure.Line;

/**
 * Recognizes one layout of table in a document's lines. Each reader claims the lines its tables
 * occupy, so the outline parser does not read them as paragraphs. A new layout is a new reader.
 */
public interface TableReader {
    List<TableRegion> read(NormalizedText text, List<Line> lines);
}
