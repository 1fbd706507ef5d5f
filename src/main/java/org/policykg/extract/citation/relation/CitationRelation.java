package org.policykg.extract.citation.relation;

import java.util.Locale;

/**
 * Why a document cites another, as the verb around one mention says it.
 * <ul>
 *   <li>BASIS: the grounds the document was made on — 根据《A》…制定本方案</li>
 *   <li>IMPLEMENTS: a task carries the cited document out — 严格落实《A》</li>
 *   <li>PLANNED: the cited document is still to be written — 加快出台《A》</li>
 *   <li>STANDARD: compliance with a technical standard or index system — 达到《A排放标准》</li>
 *   <li>MENTIONS: cited without a stated purpose — 我市已出台《A》</li>
 * </ul>
 */
public enum CitationRelation {
    BASIS, IMPLEMENTS, PLANNED, STANDARD, MENTIONS;

    /** The lower-case name used in vocab/citation-relation and in query results: basis, implements … */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
