package org.policykg.rdf;

import java.util.List;

import org.policykg.extract.Extraction;
import org.policykg.extract.citation.CitedRegulation;
import org.policykg.structure.Outline;
import org.policykg.structure.PolicyDocument;
import org.policykg.structure.Section;
import org.policykg.structure.Table;
import org.policykg.structure.TableRow;

/**
 * About how many triples a document's graph will hold, from what its writers will write, to make room for
 * them at once: the size of the graph built before (the hint this replaces) was too small for one document in
 * three, and each time the store grew, copying its arrays (a fifth of building's allocation); this estimate
 * made it grow for one document in a hundred on the four sets of documents.
 * Only a hint: the graph is the same whatever it says.
 */
final class GraphSize {
    /** The document node: types, title, number, date, place, issuer, itself as a regulation. */
    private static final int DOCUMENT = 16;
    /** Triples a writer writes per item, its own node's and a share of what comes with it (sentences, bodies). */
    private static final int SECTION = 12;
    private static final int TASK = 10;
    private static final int ROW = 5;
    private static final int CELL = 5;
    private static final int ASSIGNMENT = 12;
    private static final int TARGET = 14;
    private static final int PROJECT = 12;
    private static final int REGULATION = 10;
    private static final int MENTION = 12;

    private GraphSize() {
    }

    static int estimate(PolicyDocument doc, Extraction extraction) {
        Outline outline = doc.outline();
        long n = DOCUMENT + SECTION * (long) sections(outline.sections()) + TASK * (long) outline.tasks().size();
        for (Table table : outline.tables()) {
            for (TableRow row : table.rows()) {
                n += ROW + CELL * (long) row.cells().size();
            }
        }
        n += ASSIGNMENT * (long) extraction.assignments().size() + TARGET * (long) extraction.targets().size()
                + PROJECT * (long) extraction.projects().size();
        for (CitedRegulation cited : extraction.citations()) {
            n += REGULATION + MENTION * (long) cited.mentions().size();
        }
        return (int) Math.min(n, 1 << 24);
    }

    private static int sections(List<Section> sections) {
        int n = sections.size();
        for (Section s : sections) {
            n += sections(s.children());
        }
        return n;
    }
}
