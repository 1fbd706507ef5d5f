package org.policykg.serve.web.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.policykg.serve.web.Anchors;
import org.policykg.serve.web.LocalPaths;
import org.policykg.serve.web.PageQueries;
import org.policykg.serve.web.PageQueries.Row;
import org.policykg.serve.web.Terms;
import org.springframework.stereotype.Component;

/**
 * The document page's content: metadata, the sections with their tasks in reading order, each task's
 * text with its sentences anchored and its citations, responsible bodies and targets marked (each
 * mark a link to its node), and the regulations and targets of the document as tables.
 */
@Component
public class DocumentPage {
    public record Block(String iri, String anchor, String kind, String label, int start, String html,
            List<Row> lead, List<Row> support) {
    }

    /** {@code tasks}: the tasks of the section and of all its sub-sections, which is what its outline entry counts. */
    public record SectionView(String iri, String anchor, String path, String heading, int level, List<Block> blocks, int tasks) {
    }

    public record View(String iri, Row meta, List<SectionView> sections, List<Row> cites, List<Row> targets,
            int taskCount, int markCount) {
    }

    private final PageQueries queries;
    private final LocalPaths links;

    public DocumentPage(PageQueries queries, LocalPaths links) {
        this.queries = queries;
        this.links = links;
    }

    public View build(String iri) {
        Map<String, Node> b = Map.of("iri", Terms.iri(iri));
        List<Row> meta = queries.select("document/metadata.rq", b);
        List<Row> sections = queries.select("document/sections.rq", b);
        List<Row> tasks = queries.select("document/tasks.rq", b);
        List<Row> sentences = queries.select("document/sentences.rq", b);
        List<Row> marks = queries.select("document/marks.rq", b);
        List<Row> bodies = queries.select("document/task-bodies.rq", b);

        List<MarkedText.Span> sentenceSpans = sentences.stream().map(s -> new MarkedText.Span(s.integer("start"), s.integer("end"),
                Anchors.of(iri, s.str("sentence")), "sentence", null, null, s.str("text"))).toList();
        List<MarkedText.Span> markSpans = new ArrayList<>();
        for (Row m : marks) {
            if (m.str("start") == null || m.str("node") == null) {
                continue;
            }
            String kind = m.str("kind");
            String href = links.href("target".equals(kind) ? m.str("mark") : m.str("node"));
            String relation = m.str("relation");
            String title = title(kind, m.str("label"))
                    + (relation == null ? "" : " (" + CitationRelationLabels.zh(relation) + " " + relation + ")");
            markSpans.add(new MarkedText.Span(m.integer("start"), m.integer("end"), Anchors.of(iri, m.str("mark")), kind, href,
                    title, m.str("surface"), relation));
        }

        // Sections in reading order, each collecting its tasks and the source sentences that lie outside tasks.
        Map<String, List<Block>> bySection = new LinkedHashMap<>();
        List<SectionView> views = new ArrayList<>();
        List<int[]> sectionStarts = new ArrayList<>();
        List<String> sectionIris = new ArrayList<>();
        Map<String, Integer> tasksWithin = tasksWithin(sections, tasks);
        for (Row s : sections) {
            List<Block> blocks = new ArrayList<>();
            bySection.put(s.str("section"), blocks);
            views.add(new SectionView(s.str("section"), Anchors.of(iri, s.str("section")), s.str("path"), s.str("heading"),
                    Math.max(1, s.integer("level")), blocks, tasksWithin.getOrDefault(s.str("section"), 0)));
            sectionStarts.add(new int[] {s.integer("start")});
            sectionIris.add(s.str("section"));
        }
        List<Block> unsectioned = new ArrayList<>();
        List<int[]> taskRanges = new ArrayList<>();
        for (Row t : tasks) {
            int start = t.integer("start");
            int end = t.integer("end");
            taskRanges.add(new int[] {start, end});
            List<MarkedText.Span> inside = markSpans.stream().filter(m -> m.start() >= start && m.start() < end).toList();
            List<MarkedText.Span> sents = sentenceSpans.stream().filter(s -> s.start() >= start && s.start() < end).toList();
            String html = MarkedText.html(t.str("text"), start, sents, inside);
            List<Row> lead = bodies.stream().filter(x -> t.str("task").equals(x.str("task")) && "lead".equals(x.str("role"))).toList();
            List<Row> support = bodies.stream().filter(x -> t.str("task").equals(x.str("task")) && "support".equals(x.str("role"))).toList();
            Block block = new Block(t.str("task"), Anchors.of(iri, t.str("task")), "task", "任务 " + t.str("position"), start, html,
                    lead, support);
            bySection.getOrDefault(t.str("section"), unsectioned).add(block);
        }
        for (MarkedText.Span s : sentenceSpans) {
            boolean inTask = taskRanges.stream().anyMatch(r -> s.start() >= r[0] && s.start() < r[1]);
            if (inTask) {
                continue;
            }
            List<MarkedText.Span> inside = markSpans.stream().filter(m -> m.start() >= s.start() && m.start() < s.end()).toList();
            String html = MarkedText.html(s.surface(), s.start(), List.of(s), inside);
            Block block = new Block(null, null, "sentence", null, s.start(), html, List.of(), List.of());
            String section = null;
            for (int i = 0; i < sectionStarts.size(); i++) {
                if (sectionStarts.get(i)[0] <= s.start()) {
                    section = sectionIris.get(i);
                }
            }
            (section == null ? unsectioned : bySection.get(section)).add(block);
        }
        bySection.values().forEach(l -> l.sort((x, y) -> Integer.compare(x.start(), y.start())));
        unsectioned.sort((x, y) -> Integer.compare(x.start(), y.start()));
        if (!unsectioned.isEmpty()) {
            views.add(0, new SectionView(null, "preamble", "", "正文 Text", 1, unsectioned,
                    (int) unsectioned.stream().filter(x -> "task".equals(x.kind())).count()));
        }
        return new View(iri, meta.isEmpty() ? new Row() : meta.get(0), views, queries.select("document/cites.rq", b),
                queries.select("document/targets.rq", b), tasks.size(), markSpans.size());
    }

    /** Each section's tasks counted with those of its sub-sections, up the chain of parents. */
    private static Map<String, Integer> tasksWithin(List<Row> sections, List<Row> tasks) {
        Map<String, String> parent = new LinkedHashMap<>();
        sections.forEach(s -> parent.put(s.str("section"), s.str("parent")));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Row t : tasks) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String s = t.str("section"); s != null && parent.containsKey(s) && seen.add(s); s = parent.get(s)) {
                counts.merge(s, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static String title(String kind, String label) {
        String what = switch (kind) {
            case "citation" -> "引用 citation";
            case "lead" -> "牵头单位 lead body";
            case "support" -> "配合单位 supporting body";
            case "target" -> "目标 target";
            default -> kind;
        };
        return what + (label == null ? "" : ": " + label.strip());
    }
}
