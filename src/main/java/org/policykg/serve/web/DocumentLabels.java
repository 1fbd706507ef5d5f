package org.policykg.serve.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.policykg.serve.web.PageQueries.Row;
import org.policykg.store.KnowledgeStore;
import org.springframework.stereotype.Component;

/**
 * What a person reads in place of a document's file name or a bare heading: the document's title and
 * place, and a section's path of headings. Saved queries give {@code ?source} (their columns are a
 * contract), so the pages look the title up here rather than the queries changing.
 */
@Component
public class DocumentLabels {
    private final PageQueries queries;
    private final KnowledgeStore store;
    private volatile Snapshot current;

    private record Snapshot(long generation, Map<String, Row> bySource) {
    }

    public DocumentLabels(PageQueries queries, KnowledgeStore store) {
        this.queries = queries;
        this.store = store;
    }

    /** Adds {@code document}, {@code documentTitle} and {@code documentPlace} to rows that have a {@code source}. */
    public List<Row> withTitles(List<Row> rows) {
        Map<String, Row> bySource = bySource();
        for (Row row : rows) {
            Row doc = row.str("source") == null ? null : bySource.get(row.str("source"));
            if (doc != null) {
                row.put("document", doc.str("document"));
                row.put("documentTitle", doc.str("title") != null ? doc.str("title") : row.str("source"));
                row.put("documentPlace", doc.str("place"));
            }
        }
        return rows;
    }

    /** 附件 › 一、重点任务 › （三）…: the headings from the top section down to this one. */
    public String sectionPath(String section) {
        if (section == null) {
            return "";
        }
        return queries.select("document/section-path.rq", Map.of("section", Terms.iri(section))).stream()
                .map(r -> r.str("heading")).filter(h -> h != null && !h.isBlank()).collect(Collectors.joining(" › "));
    }

    private Map<String, Row> bySource() {
        long generation = store.generation();
        Snapshot s = current;
        if (s == null || s.generation() != generation) {
            s = new Snapshot(generation, queries.select("document/by-source.rq").stream()
                    .collect(Collectors.toMap(r -> r.str("source"), Function.identity(), (a, b) -> a)));
            current = s;
        }
        return s.bySource();
    }
}
