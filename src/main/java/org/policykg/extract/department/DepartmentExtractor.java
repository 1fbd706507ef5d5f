package org.policykg.extract.department;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.policykg.extract.pattern.EndChars;
import org.policykg.extract.table.RowTables;
import org.policykg.normalize.NormalizedText;
import org.policykg.normalize.Span;
import org.policykg.structure.Outline;
import org.policykg.structure.Section;
import org.policykg.structure.Table;
import org.policykg.structure.Task;

/**
 * Who must deliver each task of a document: the bodies a task's text or table row makes responsible,
 * each as lead or support. Rows of task tables are read by their responsibility columns, paragraphs
 * by labelled lists (责任部门:…, 牵头单位:…,责任单位:…) and, failing those, by prose (由…牵头, …配合).
 * A paragraph that is only such a list (a line 责任单位：… under the task it belongs to) assigns the
 * paragraph before it.
 */
public final class DepartmentExtractor {
    /**
     * 一、加快调整能源结构(省发改委总牵头): the body coordinates the whole part; who delivers each task is
     * named at the task, so such a heading assigns nothing.
     */
    private static final Pattern OVERALL_LEAD = Pattern.compile("总牵头[)）〕\\]】］]\\s*$");
    static final Pattern ONLY_ASSIGNMENT = Pattern.compile("^[(（【\\[]?\\s*" + Label.WORDS.pattern());

    private final LabelledLists labelled = new LabelledLists();
    /** A task's own text: a labelled list is surer than a bracket, a bracket than prose. */
    private final List<BodyListPattern> taskPatterns = List.of(labelled, new TrailingBracket(), new ProseLeads());
    /** A heading's line assigns the paragraphs below it by a list or a bracket, never by a sentence. */
    private final List<BodyListPattern> headingPatterns = List.of(labelled, new TrailingBracket());
    private final TableColumns columns = new TableColumns();
    private final HeadingBody headingBody = new HeadingBody();
    private final DutyHeading dutyHeading = new DutyHeading();

    /**
     * @param text    the document's normalized text (spans refer to it)
     * @param outline its outline, whose tasks are assigned
     * @param city    the city or district the document governs; names are returned as written, so it
     *                is not needed to read them, only kept for callers that resolve bodies with {@link BodyNames}
     */
    public List<Assignment> extract(NormalizedText text, Outline outline, String city) {
        List<Assignment> out = new ArrayList<>();
        Task previous = null;
        RowTables rowTables = new RowTables(outline.tables());
        // a table's columns depend on the table alone: read once per table, not once per row
        Map<Table, List<Label>> tableColumns = new IdentityHashMap<>();
        for (Task task : outline.tasks()) {
            if (task.fromTable()) {
                out.addAll(dedupe(fromRow(text, rowTables, tableColumns, task)));
                continue;
            }
            Section duties = dutySection(task);
            if (duties != null) {
                out.addAll(dedupe(fromDutySection(text, task, duties)));
                previous = task;
                continue;
            }
            Task owner = belongsToPrevious(task, previous) ? previous : task;
            out.addAll(dedupe(fromParagraph(text, task, owner)));
            previous = owner;
        }
        return out;
    }

    /**
     * A task under a heading naming whose duties these are: its own list if it names one, else the heading's
     * body leads, supported by the bodies the part's list lines name (协助单位:…); those lines are no tasks.
     */
    private List<Assignment> fromDutySection(NormalizedText text, Task task, Section duties) {
        if (isOnlyAssignment(task)) {
            return List.of();
        }
        List<Mention> own = mentions(task.text());
        if (!own.isEmpty()) {
            return assignments(text, task, task.span().start(), own);
        }
        String body = dutyHeading.bodyOf(duties.heading()).orElseThrow();
        List<Assignment> out = new ArrayList<>();
        out.add(new Assignment(task, body, Role.LEAD, locate(text, duties.span().start(), body)));
        for (Task line : tasksUnder(duties)) {
            if (isOnlyAssignment(line)) {
                for (Mention m : labelled.find(line.text())) {
                    out.add(new Assignment(task, m.name(), Role.SUPPORT, locate(text, line.span().start() + m.offset(), m.name())));
                }
            }
        }
        return out;
    }

    /** The nearest section above the task whose heading names the body whose duties it lists, or null. */
    private Section dutySection(Task task) {
        for (Section s = task.section(); s != null; s = s.parent()) {
            if (dutyHeading.bodyOf(s.heading()).isPresent()) {
                return s;
            }
        }
        return null;
    }

    private static List<Task> tasksUnder(Section section) {
        List<Task> all = new ArrayList<>(section.tasks());
        section.children().forEach(child -> all.addAll(tasksUnder(child)));
        return all;
    }

    private static boolean isOnlyAssignment(Task task) {
        // anchored by ^ (no MULTILINE): find can match at the start only, which is what lookingAt tries
        return mayOpenWithLabel(task.text()) && ONLY_ASSIGNMENT.matcher(task.text()).lookingAt();
    }

    /**
     * Whether {@link #ONLY_ASSIGNMENT} may match: past an opening bracket and blanks ({@code \s}, ASCII), a
     * label's first character must stand (giving up the bracket or a blank leaves the label to start on one).
     */
    static boolean mayOpenWithLabel(String text) {
        int i = !text.isEmpty() && "(（【[".indexOf(text.charAt(0)) >= 0 ? 1 : 0;
        while (i < text.length() && EndChars.ASCII_BLANKS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i < text.length() && LabelledLists.LABEL_FIRSTS.at(text, i);
    }

    /** A line that is only a list of bodies, right below a task of the same section, assigns that task. */
    private static boolean belongsToPrevious(Task task, Task previous) {
        return previous != null && previous.section() == task.section() && isOnlyAssignment(task);
    }

    private List<Assignment> fromParagraph(NormalizedText text, Task task, Task owner) {
        List<Mention> found = mentions(task.text());
        if (!found.isEmpty()) {
            return assignments(text, owner, task.span().start(), found);
        }
        return fromHeadings(text, task);
    }

    /** The first pattern that finds anything wins. */
    private List<Mention> mentions(String text) {
        return BodyListPattern.firstFound(taskPatterns, StandingInstruction.blank(text));
    }

    /**
     * A task that names no body falls under the nearest heading that does: (一)加强大气污染防治（牵头单位：市环保局）
     * assigns the paragraphs below it.
     */
    private List<Assignment> fromHeadings(NormalizedText text, Task task) {
        if (task.section() != null) {
            List<Mention> duty = headingBody.find(task.section().heading(), task.text());
            if (!duty.isEmpty()) {
                List<Assignment> out = new ArrayList<>();
                for (Mention m : duty) {
                    int start = m.offset() < 0 ? task.section().span().start() : task.span().start() + m.offset();
                    out.add(new Assignment(task, m.name(), m.role(), locate(text, start, m.name())));
                }
                return out;
            }
        }
        for (Section s = task.section(); s != null; s = s.parent()) {
            String line = headingPart(text.text(s.span()), s.heading());
            // every OVERALL_LEAD match holds 总牵头
            if (line.contains("总牵头") && OVERALL_LEAD.matcher(line).find()) {
                continue;
            }
            List<Mention> found = BodyListPattern.firstFound(headingPatterns, line);
            if (!found.isEmpty()) {
                return assignments(text, task, s.span().start(), found);
            }
        }
        return List.of();
    }

    /**
     * The heading of a section's line without the task written on after it (1.加强… 。…（责任单位：…）): only
     * a list in the heading itself covers the paragraphs below.
     */
    private static String headingPart(String line, String heading) {
        int at = heading == null || heading.isEmpty() ? -1 : line.indexOf(heading);
        if (at < 0) {
            return line;
        }
        int end = at + heading.length();
        return end < line.length() && "。；;".indexOf(line.charAt(end)) >= 0 ? line.substring(0, end) : line;
    }

    private static List<Assignment> assignments(NormalizedText text, Task owner, int base, List<Mention> found) {
        List<Assignment> out = new ArrayList<>();
        for (Mention m : found) {
            int start = base + m.offset();
            out.add(new Assignment(owner, m.name(), m.role(), locate(text, start, m.name())));
        }
        return out;
    }

    private List<Assignment> fromRow(NormalizedText text, RowTables rowTables, Map<Table, List<Label>> tableColumns, Task task) {
        Table table = rowTables.of(task.row());
        if (table == null) {
            return List.of();
        }
        List<Label> labels = tableColumns.computeIfAbsent(table, TableColumns::columns);
        List<Assignment> out = new ArrayList<>();
        for (TableColumns.CellMention cm : columns.find(labels, task.row())) {
            Span cell = task.row().cellSpans().get(cm.column());
            int start = cell.start() + cm.mention().offset();
            out.add(new Assignment(task, cm.mention().name(), cm.mention().role(), locate(text, start, cm.mention().name())));
        }
        return out;
    }

    /**
     * The name's span: where computed when the text there reads the name, else its next occurrence
     * (a cell joined from several lines shifts offsets).
     */
    private static Span locate(NormalizedText text, int start, String name) {
        String s = text.text();
        if (start + name.length() <= s.length() && s.startsWith(name, start)) {
            return new Span(start, start + name.length());
        }
        int at = s.indexOf(name, Math.max(0, start - name.length() * 2));
        return at < 0 ? new Span(start, start) : new Span(at, at + name.length());
    }

    private static boolean oneTask(List<Assignment> found) {
        Task first = found.get(0).task();
        for (Assignment a : found) {
            if (a.task() != first) {
                return false;
            }
        }
        return true;
    }

    /** A body named twice for one task keeps its first (and so its strongest) role. */
    private static List<Assignment> dedupe(List<Assignment> found) {
        if (found.size() < 2) {
            return found; // nothing named twice: no key to make
        }
        if (oneTask(found)) {
            // one task, one position: keys differ exactly where names do, so the names are the keys
            Set<String> names = new HashSet<>();
            return found.stream().filter(a -> names.add(a.name())).toList();
        }
        Set<String> seen = new HashSet<>();
        return found.stream().filter(a -> seen.add(a.task().position() + "\u0000" + a.name())).toList();
    }
}
