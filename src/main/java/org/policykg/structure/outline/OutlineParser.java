package org.policykg.structure.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.normalize.NormalizedText;
import org.policykg.normalize.Span;
import org.policykg.structure.Line;
import org.policykg.structure.Outline;
import org.policykg.structure.Section;
import org.policykg.structure.Sections;
import org.policykg.structure.Table;
import org.policykg.structure.Task;
import org.policykg.structure.table.TableRegion;
import org.policykg.read.WebBoilerplate;

/**
 * Reads the outline of a document from its lines: numbered headings at any depth, unnumbered short
 * headings over paragraphs, paragraphs as tasks under their deepest heading, and tables in place.
 * Lines before the first heading are the preamble (letterhead, salutation, purpose) and hold no tasks.
 */
public final class OutlineParser {
    private static final Pattern ATTACHMENT = Pattern.compile("^附\\s*件\\s*[\\d一二三四五六七八九十]*\\s*[:：]?\\s*");
    private static final int MAX_HEADING = 40;
    /** The marker of a first item: 一、 (一) 1. 第一章 — or none at all (an unnumbered heading). */
    private static final Pattern FIRST_NUMBER = Pattern.compile("^(第)?[(（]?\\s*(一|1)(?![0-9一二三四五六七八九十])|^$");

    private final TaskTableRule taskTables = new TaskTableRule();

    public Outline parse(NormalizedText text, List<Line> lines, List<TableRegion> tables, String ownTitle) {
        Builder b = new Builder(text);
        boolean numbered = lines.stream().anyMatch(OutlineParser::isNumberedHeading);
        int t = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (t < tables.size() && tables.get(t).firstLine() == i) {
                b.table(tables.get(t), taskTables.isTaskTable(tables.get(t)));
                i = tables.get(t++).lastLine();
                continue;
            }
            if (WebBoilerplate.isPageFurniture(line.text())) {
                continue;
            }
            read(b, line, numbered ? null : i + 1 < lines.size() ? lines.get(i + 1) : null, ownTitle);
        }
        Outline outline = b.outline();
        if (outline.sections().isEmpty() && outline.tasks().isEmpty() && outline.tables().isEmpty()) {
            return unheaded(text, lines, ownTitle);
        }
        return outline;
    }

    /** A document without headings: its body paragraphs are the tasks of one section, the title's. */
    private static Outline unheaded(NormalizedText text, List<Line> lines, String ownTitle) {
        Builder b = new Builder(text);
        int title = UnheadedBody.titleLine(lines, ownTitle);
        if (lines.isEmpty()) {
            return b.outline();
        }
        Line head = lines.get(title);
        b.kinds.add(Marker.UNNUMBERED);
        b.open("", ownTitle == null || ownTitle.isBlank() ? head.text() : ownTitle, head.span());
        for (int i = title + 1; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!WebBoilerplate.isPageFurniture(line.text()) && UnheadedBody.isBodyParagraph(line.text())) {
                b.paragraph(line);
            }
        }
        return b.outline();
    }

    private static boolean isNumberedHeading(Line line) {
        return Marker.CHINESE_COMMA.match(line.text()) > 0 || Marker.CHINESE_PAREN.match(line.text()) > 0
                || Marker.CHAPTER.match(line.text()) > 0;
    }

    /**
     * Length of the 附件 marker the line starts with, or -1. ATTACHMENT is anchored by ^ (no MULTILINE) and
     * starts with the literal 附: a line that does not start with it cannot match, and gets no Matcher.
     */
    static int attachmentMarker(String line) {
        if (!line.startsWith("附")) {
            return -1;
        }
        Matcher m = ATTACHMENT.matcher(line);
        return m.find() ? m.end() : -1;
    }

    /** The pattern behind {@link #attachmentMarker}, for the test that holds the two together. */
    static Pattern attachmentPattern() {
        return ATTACHMENT;
    }

    /** {@code next} is null where unnumbered headings are not recognized. */
    private void read(Builder b, Line line, Line next, String ownTitle) {
        String s = line.text();
        int attachment = attachmentMarker(s);
        if (attachment >= 0) {
            b.attachment(line, attachment);
            return;
        }
        for (Marker kind : Marker.values()) {
            int len = kind.match(s);
            if (len > 0 && len < s.length()) {
                b.heading(kind, line, len);
                return;
            }
        }
        if (UnnumberedHeadings.isHeading(line, next, ownTitle)) {
            b.heading(Marker.UNNUMBERED, line, 0);
        } else {
            b.paragraph(line);
        }
    }

    /** Accumulates the outline; the stack holds the open heading at each depth. */
    private static final class Builder {
        private final NormalizedText text;
        private final List<Section> roots = new ArrayList<>();
        private final List<Section> stack = new ArrayList<>();
        private final List<Marker> kinds = new ArrayList<>();
        private final List<Task> tasks = new ArrayList<>();
        private final List<Table> tables = new ArrayList<>();

        Builder(NormalizedText text) {
            this.text = text;
        }

        void heading(Marker kind, Line line, int markerLength) {
            int depth = kinds.indexOf(kind);
            if (depth < 0) {
                depth = firstDeeperKind(kind);
            }
            settle(sentenceHeading != null && depth > sentenceHeading.depth());
            truncate(depth);
            kinds.add(kind);
            String rest = line.text().substring(markerLength);
            int stop = headingEnd(rest);
            String heading = rest.substring(0, stop).strip();
            firstHeading(line.text().substring(0, markerLength));
            int depthBefore = stack.size();
            open(line.text().substring(0, markerLength).strip(), heading, line.span());
            if (stop < rest.length() - 1) {
                task(line.span(), line.text());
            } else if (stop == rest.length() - 1) {
                sentenceHeading = new Pending(line, stack.get(stack.size() - 1), depthBefore);
            }
        }

        /**
         * A numbered line that is one whole sentence (1.强化水耗总量和强度控制。) is a work item when what
         * follows belongs to it (its 责任单位 line, a paragraph) or is the next item of the list, and only a
         * heading when items are numbered below it ((一)制订实施控制方案。 / 1.…).
         */
        private record Pending(Line line, Section section, int depth) {
        }

        private Pending sentenceHeading;

        /** Called before anything else is added: decides whether the pending sentence heading is a task. */
        private void settle(boolean childHeadingFollows) {
            Pending p = sentenceHeading;
            sentenceHeading = null;
            if (p != null && !childHeadingFollows) {
                addTask(new Task(tasks.size() + 1, p.line().span(), p.line().text(), p.section(), null));
            }
        }

        void attachment(Line line, int markerLength) {
            settle(false);
            truncate(0);
            kinds.add(Marker.UNNUMBERED);
            String heading = line.text().substring(markerLength).strip();
            open("附件", heading.isEmpty() ? "附件" : heading, line.span());
        }

        void paragraph(Line line) {
            settle(false);
            if (!stack.isEmpty()) {
                task(line.span(), line.text());
            } else if (!seenHeading) {
                beforeFirstHeading.add(line);
            }
        }

        /**
         * Paragraphs above the first heading are a preamble, unless that heading numbers on from items the
         * copy does not hold (it starts at 10.): they are then the end of the item before it, a task.
         */
        private void firstHeading(String marker) {
            if (!seenHeading && !FIRST_NUMBER.matcher(marker).find()) {
                beforeFirstHeading.stream().filter(l -> UnheadedBody.isBodyParagraph(l.text()))
                        .forEach(l -> addTask(new Task(tasks.size() + 1, l.span(), l.text(), null, null)));
            }
            seenHeading = true;
            beforeFirstHeading.clear();
        }

        private boolean seenHeading;
        private final List<Line> beforeFirstHeading = new ArrayList<>();

        void table(TableRegion region, boolean tasksInRows) {
            settle(false);
            Section section = current();
            Span span = new Span(region.rows().isEmpty() ? 0 : region.rows().get(0).span().start(),
                    region.rows().isEmpty() ? 0 : region.rows().get(region.rows().size() - 1).span().end());
            tables.add(new Table(tables.size() + 1, region.header(), region.rows(), span, section));
            if (tasksInRows) {
                region.rows().stream().filter(r -> !r.text().isBlank())
                        .forEach(r -> addTask(new Task(tasks.size() + 1, r.span(), r.text(), section, r)));
            }
        }

        Outline outline() {
            settle(false);
            return new Outline(List.copyOf(roots), List.copyOf(tasks), List.copyOf(tables));
        }

        private void open(String marker, String heading, Span span) {
            Section parent = current();
            List<Section> siblings = parent == null ? roots : parent.children();
            String path = (parent == null ? "" : parent.path() + ".") + (siblings.size() + 1);
            Section section = Sections.create(marker, heading, stack.size() + 1, span, parent, path);
            if (parent == null) {
                roots.add(section);
            }
            stack.add(section);
        }

        private void task(Span span, String taskText) {
            for (int[] part : ClosingBrackets.split(taskText)) {
                Span partSpan = new Span(span.start() + part[0], span.start() + part[1]);
                addTask(new Task(tasks.size() + 1, partSpan, taskText.substring(part[0], part[1]), current(), null));
            }
        }

        private void addTask(Task task) {
            tasks.add(task);
            if (task.section() != null) {
                Sections.addTask(task.section(), task);
            }
        }

        private Section current() {
            return stack.isEmpty() ? null : stack.get(stack.size() - 1);
        }

        /**
         * Where a kind of numbering not seen yet goes: below the open ones, unless it conventionally ranks
         * above one of them (一、 above (一) above 1. above (1)). A copy that starts at (八) and later
         * reaches 七、 has then gone up a level, not down.
         */
        private int firstDeeperKind(Marker kind) {
            for (int i = 0; i < kinds.size(); i++) {
                if (kinds.get(i) != Marker.UNNUMBERED && kind != Marker.UNNUMBERED && kinds.get(i).ordinal() > kind.ordinal()) {
                    return i;
                }
            }
            return kinds.size();
        }

        private void truncate(int depth) {
            while (stack.size() > depth) {
                stack.remove(stack.size() - 1);
            }
            while (kinds.size() > depth) {
                kinds.remove(kinds.size() - 1);
            }
        }

        /** A heading ends at the first full stop; a long unpunctuated line is all heading up to the limit. */
        private static int headingEnd(String rest) {
            int stop = indexOfAny(rest, "。；;");
            if (stop >= 0) {
                return stop;
            }
            return Math.min(rest.length(), rest.length() <= MAX_HEADING ? rest.length() : MAX_HEADING);
        }

        private static int indexOfAny(String s, String chars) {
            for (int i = 0; i < s.length(); i++) {
                if (chars.indexOf(s.charAt(i)) >= 0) {
                    return i;
                }
            }
            return -1;
        }
    }
}
