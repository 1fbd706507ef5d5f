package org.policykg.extract.citation.relation;

import java.util.regex.Pattern;

import org.policykg.extract.pattern.StartChars;

/**
 * A sentence that says this document was made on the cited ones, wherever it stands (a document
 * without headings has no preamble to go by). Example: 根据《A》，结合我县实际，制定本方案。
 * Only a verb of grounds or of carrying out before the mention makes it a basis: in
 * 为编制好本方案，对照《A》… the cited document is not what the plan stands on.
 */
public final class MadeHereSentence {
    static final Pattern MADE_HERE = Pattern.compile(
            "(制定|制订|编制|印发|出台)(了)?本|特制定|现制定|特制订|现制订|特编制|现将.{0,30}(印发|下发)|结合.{0,12}实际|制定如下");

    /** The first characters of MADE_HERE's alternatives (制定…本, 编制…本, 印发, 出台, 特制定, 现将, 结合, 制定如下). */
    static final StartChars FIRSTS = StartChars.of("制编印出特现结");

    private MadeHereSentence() {
    }

    /**
     * {@code MADE_HERE.matcher(sentence).find()}, trying the regex only where a match can start: every one
     * starts with one of {@link #FIRSTS}, and with no anchor or look-around a match at a position is what
     * lookingAt() in the region from there finds.
     */
    public static boolean is(String sentence) {
        int first = FIRSTS.next(sentence, 0, sentence.length());
        // a sentence without a start character needs no matcher
        return first >= 0 && FIRSTS.find(MADE_HERE.matcher(sentence), sentence, first, sentence.length());
    }
}
