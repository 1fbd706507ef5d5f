package org.policykg.extract.citation;

import java.util.List;

/**
 * One way a document writes what it cites (《title》(number), a bare 发文字号, a decree number, a standard
 * code). {@link CitationExtractor} applies its patterns in order over one {@link CitationScan}; a pattern
 * claims the spans it reads, so a later one does not read the same text again: a number written after a
 * title belongs to the title's mention, not to a mention of its own. A new way of writing a citation is
 * a new class listed in {@link CitationExtractor}, not an edit of the extractor.
 */
interface CitationPattern {
    /** The mentions this pattern reads in the scan, claiming their spans. */
    List<CitationMention> find(CitationScan scan);
}
