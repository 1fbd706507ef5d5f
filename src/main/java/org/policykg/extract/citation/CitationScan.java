package org.policykg.extract.citation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policykg.normalize.Span;
import org.policykg.structure.metadata.DocumentMetadata;
import org.policykg.structure.number.NumberPattern;

/**
 * One text as the citation patterns read it: its 《titles》, 发文字号, decree numbers and standard codes
 * (found once), what the text says of itself, the short names it declares (以下简称), and the spans
 * the patterns have claimed so far.
 */
final class CitationScan {
    private final String text;
    private final List<TitlePattern.Hit> titles;
    private final List<NumberPattern.Hit> numbers;
    private final List<DecreeNumberPattern.Hit> decrees;
    private final List<StandardCodePattern.Hit> codes;
    private final SelfReferenceFilter self;
    private final Map<String, String> aliases = new HashMap<>();
    private final List<Span> claimed = new ArrayList<>();
    private final NonDocumentTitleFilter documentsOnly = new NonDocumentTitleFilter();

    private CitationScan(String text, List<TitlePattern.Hit> titles, List<NumberPattern.Hit> numbers,
                         List<DecreeNumberPattern.Hit> decrees, List<StandardCodePattern.Hit> codes, SelfReferenceFilter self) {
        this.text = text;
        this.titles = titles;
        this.numbers = numbers;
        this.decrees = decrees;
        this.codes = codes;
        this.self = self;
    }

    /** A 发文字号 inside a decree number (…令〔2017〕第8号) is the decree's, not a number of its own. */
    static CitationScan of(String t, DocumentMetadata metadata) {
        List<DecreeNumberPattern.Hit> decrees = new DecreeNumberPattern().find(t);
        List<NumberPattern.Hit> found = new NumberPattern().find(t);
        List<NumberPattern.Hit> numbers = decrees.isEmpty() ? found : outsideDecrees(found, decrees);
        List<TitlePattern.Hit> titles = new TitlePattern().find(t);
        SelfReferenceFilter self = SelfReferenceFilter.of(metadata, t, titles, numbers);
        return new CitationScan(t, titles, numbers, decrees, new StandardCodePattern().find(t), self);
    }

    /** The numbers whose last character lies in no decree number, in their order. */
    private static List<NumberPattern.Hit> outsideDecrees(List<NumberPattern.Hit> found, List<DecreeNumberPattern.Hit> decrees) {
        List<NumberPattern.Hit> out = new ArrayList<>(found.size());
        for (NumberPattern.Hit n : found) {
            if (!inAny(decrees, n.span().end() - 1)) {
                out.add(n);
            }
        }
        return out;
    }

    private static boolean inAny(List<DecreeNumberPattern.Hit> decrees, int offset) {
        for (DecreeNumberPattern.Hit d : decrees) {
            if (d.span().contains(offset)) {
                return true;
            }
        }
        return false;
    }

    String text() {
        return text;
    }

    List<TitlePattern.Hit> titles() {
        return titles;
    }

    List<NumberPattern.Hit> numbers() {
        return numbers;
    }

    List<DecreeNumberPattern.Hit> decrees() {
        return decrees;
    }

    List<StandardCodePattern.Hit> codes() {
        return codes;
    }

    SelfReferenceFilter self() {
        return self;
    }

    /** 《A》(以下简称《B》): B stands for A from here on; keys are {@link RegulationKey#title} keys. */
    Map<String, String> aliases() {
        return aliases;
    }

    /** Tells cited documents from books and programmes, remembering what each title of this text says. */
    NonDocumentTitleFilter documentsOnly() {
        return documentsOnly;
    }

    void claim(Span span) {
        claimed.add(span);
    }

    boolean isClaimed(int offset) {
        for (Span s : claimed) {
            if (s.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    /** Free for a pattern: not claimed and not in a page's boilerplate lines. */
    boolean isFree(int offset) {
        return !isClaimed(offset) && !BoilerplateLines.isIn(text, offset);
    }
}
