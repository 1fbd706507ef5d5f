package org.policykg.extract.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.policykg.normalize.NormalizedText;
import org.policykg.structure.metadata.DocumentMetadata;

/**
 * Finds what a document cites: 《titles》, 发文字号 and standard codes, joined where they belong to one
 * document (《A》(X号), 《B》(GB…)), without the document's references to itself and without 《》 that
 * hold books or programmes. One mention per occurrence; {@link #distinct} merges them per document.
 * Each way of writing a citation is a {@link CitationPattern}; to read a new one, add a class and list it
 * in {@link #PATTERNS}.
 */
public final class CitationExtractor {
    /**
     * In this order: a title first claims the number, decree or code written next to it, so what is left
     * for the later patterns is cited on its own.
     */
    private static final List<CitationPattern> PATTERNS = List.of(
            new TitleCitation(), new NumberedCitation(), new DecreeCitation(), new StandardCitation());

    public List<CitationMention> extract(NormalizedText text, DocumentMetadata self) {
        CitationScan scan = CitationScan.of(text.text(), self);
        List<CitationMention> out = new ArrayList<>();
        for (CitationPattern pattern : PATTERNS) {
            out.addAll(pattern.find(scan));
        }
        out.sort(Comparator.comparingInt(m -> m.span().start()));
        return out;
    }

    /** Merges a document's mentions into the distinct documents they cite. */
    public static List<CitedRegulation> distinct(List<CitationMention> mentions) {
        return new CitationMerger().merge(mentions);
    }
}
