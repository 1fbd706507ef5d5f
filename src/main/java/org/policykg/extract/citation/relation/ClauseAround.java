package org.policykg.extract.citation.relation;

import java.util.List;

import org.policykg.normalize.Span;

/**
 * The clause a mention stands in, cut at the punctuation that ends a clause, with every other cited
 * document in it replaced by one placeholder so that a list shares the verb in front of it. Example:
 * in 按照《A》(X号)、《B》等要求严格审查, the clause of 《B》 reads {@code before = 按照□、} and
 * {@code after = 等要求严格审查}.
 *
 * @param before the clause up to the mention, placeholders for other mentions
 * @param after  the clause from the end of the mention
 */
public record ClauseAround(String before, String after) {
    /** A placeholder for another cited document: it carries no verb and ends no clause. */
    static final char OTHER = '□';
    private static final String ENDS = "，,；;。！!？?：:\n\r";
    private static final int LIMIT = 80;

    public static ClauseAround of(String text, Span mention, List<Span> others) {
        return of(text, mention, new MentionCover(others));
    }

    /** As {@link #of(String, Span, List)}, with the mentions' cover marked once for all of a document's mentions. */
    static ClauseAround of(String text, Span mention, MentionCover others) {
        StringBuilder before = new StringBuilder();
        int i = mention.start() - 1;
        while (i >= 0 && before.length() < LIMIT) {
            Span other = others.covering(i, mention);
            if (other != null) {
                before.append(OTHER);
                i = other.start() - 1;
                continue;
            }
            char c = text.charAt(i);
            if (ENDS.indexOf(c) >= 0) {
                break;
            }
            before.append(c);
            i--;
        }
        StringBuilder after = new StringBuilder();
        int j = mention.end();
        while (j < text.length() && after.length() < LIMIT) {
            Span other = others.covering(j, mention);
            if (other != null) {
                after.append(OTHER);
                j = other.end();
                continue;
            }
            char c = text.charAt(j);
            if (ENDS.indexOf(c) >= 0) {
                break;
            }
            after.append(c);
            j++;
        }
        return new ClauseAround(before.reverse().toString(), after.toString());
    }
}
