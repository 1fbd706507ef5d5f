package org.policykg.structure.metadata;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.policykg.normalize.Span;
import org.policykg.structure.outline.Marker;
import org.policykg.read.WebBoilerplate;
import org.policykg.structure.Line;

/**
 * Names a text that has no title line — a page copy that starts at 一、 or mid-list, a table, an inner
 * page — by what can be read: its first heading (一、加强水资源保护 → 加强水资源保护; (八)县经济局主要工作任务:
 * → 县经济局主要工作任务), else a short first line that reads as a heading (节能减排), else the file name
 * without its extension. The document is then ingested like any other; the caller warns that the title
 * was not written.
 */
final class TitleFallback {
    private static final int MAX_HEADING = 40;
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[。:：；;，,、\\s]+$");
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[。；;！？!?]");
    /** An unnumbered line with a clause break is prose, not a heading. */
    private static final Pattern CLAUSE = Pattern.compile("[。，,；;：:！？!?]");
    private static final Pattern HAS_WORDS = Pattern.compile("\\p{IsHan}{2,}");

    /** The title and how it was found, for the warning. */
    record Named(TitleFinder.Found found, String how) {
    }

    Named name(String fileName, List<Line> lines) {
        List<Line> head = lines.subList(0, Math.min(TitleFinder.HEAD_LINES, lines.size()));
        return firstHeading(head).map(f -> new Named(f, "its first heading"))
                .or(() -> shortFirstLine(head).map(f -> new Named(f, "its first line")))
                .orElseGet(() -> new Named(new TitleFinder.Found(stem(fileName), null, null, -1), "its file name"));
    }

    private static Optional<TitleFinder.Found> firstHeading(List<Line> head) {
        for (Line line : head) {
            int marker = Marker.numbered(line.text());
            if (marker > 0 && !WebBoilerplate.isPageLine(line.text())) {
                Optional<TitleFinder.Found> found = asTitle(line, marker);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<TitleFinder.Found> shortFirstLine(List<Line> head) {
        return head.stream().filter(l -> !WebBoilerplate.isPageLine(l.text())).findFirst()
                .filter(l -> !CLAUSE.matcher(l.text()).find())
                .flatMap(l -> asTitle(l, 0));
    }

    /** The line's text after its marker, when it is a heading: short, words, no sentence inside it. */
    private static Optional<TitleFinder.Found> asTitle(Line line, int marker) {
        String text = line.text().substring(marker);
        int sentenceEnd = text.indexOf('。');
        // A numbered item often opens with its own short title: 10.完善污水处理机制。加快…
        String heading = TRAILING_PUNCTUATION.matcher(sentenceEnd > 0 ? text.substring(0, sentenceEnd) : text)
                .replaceAll("").strip();
        if (heading.length() < 2 || heading.length() > MAX_HEADING || SENTENCE_INSIDE.matcher(heading).find()
                || !HAS_WORDS.matcher(heading).find()) {
            return Optional.empty();
        }
        int start = line.span().start() + line.text().indexOf(heading, marker);
        return Optional.of(new TitleFinder.Found(heading, new Span(start, start + heading.length()), null, line.index()));
    }

    private static String stem(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
