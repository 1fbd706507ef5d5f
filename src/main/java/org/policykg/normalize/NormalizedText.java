package org.policykg.normalize;

import java.util.List;

/**
 * A document's text in two aligned forms: the original as read, and a normalized form (Simplified
 * script, half-width digits and letters) of exactly the same length, so that an offset found in the
 * normalized text is also the offset in the original file. Extractors match on {@link #text()} and
 * report spans; provenance quotes {@link #original()}.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final Script script;
    private final List<Span> sentences;

    NormalizedText(String original, String text, Script script) {
        if (original.length() != text.length()) {
            throw new IllegalArgumentException("normalization must keep offsets");
        }
        this.original = original;
        this.text = text;
        this.script = script;
        this.sentences = SentenceSplitter.split(text);
    }

    public String original() {
        return original;
    }

    /** The normalized text (Simplified script); same length as {@link #original()}. */
    public String text() {
        return text;
    }

    public Script script() {
        return script;
    }

    public String text(Span span) {
        return text.substring(span.start(), span.end());
    }

    public String original(Span span) {
        return original.substring(span.start(), span.end());
    }

    /** Sentences in order, as spans; a sentence ends at 。！？；, or a line break. */
    public List<Span> sentences() {
        return sentences;
    }

    /** The sentence that contains the offset (the last one when the offset is past the end). */
    public Span sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return sentences.isEmpty() ? new Span(0, text.length()) : sentences.get(lo);
    }
}
