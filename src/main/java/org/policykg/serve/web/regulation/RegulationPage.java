package org.policykg.serve.web.regulation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.policykg.serve.web.LocalPaths;
import org.policykg.serve.web.PageQueries;
import org.policykg.serve.web.PageQueries.Row;
import org.policykg.serve.web.Terms;
import org.springframework.stereotype.Component;

/**
 * The regulation page's content: its number, title, issuer and level, the documents citing it (with
 * the sentence of each citation), and its citation chain as graph elements for cytoscape: every plan
 * that cites it, directly or through plans citing plans, and everything it cites in turn when it is
 * itself a document of the corpus, placed in rows by administrative level (national on top).
 * Each link carries why it is made (basis, implements, planned, standard, mentions); a legal-basis
 * chain follows only basis and implements links, so that it climbs from a district plan to national
 * law without passing through background mentions or documents not yet written.
 */
@Component
public class RegulationPage {
    /** {@code planned}: a document still to be written, cited as issued by no document in the store. */
    public record GraphNode(String id, String label, String level, int rank, String href, boolean self, boolean planned) {
    }

    /** {@code relations}: why the citing document cites the cited one, e.g. [basis, implements]. */
    public record GraphEdge(String source, String target, List<String> relations) {
    }

    /** {@code basisOnly}: the chain follows only basis and implements links. */
    public record View(String iri, Row meta, List<Row> citedBy, List<GraphNode> nodes, List<GraphEdge> edges,
                       boolean basisOnly) {
    }

    /** The relations a legal-basis chain follows. */
    private static final Set<String> BASIS_CHAIN = Set.of("basis", "implements");

    private final PageQueries queries;
    private final LocalPaths links;

    public RegulationPage(PageQueries queries, LocalPaths links) {
        this.queries = queries;
        this.links = links;
    }

    public View build(String iri) {
        return build(iri, false);
    }

    /** The page, its chain following only basis and implements links when {@code basisOnly}. */
    public View build(String iri, boolean basisOnly) {
        List<Row> meta = queries.select("regulation/regulation.rq", Map.of("iri", Terms.iri(iri)));
        Row m = meta.isEmpty() ? new Row() : meta.get(0);
        List<Row> citedBy = queries.select("regulation/cited-by.rq", Map.of("iri", Terms.iri(iri)));
        String self = m.str("document") != null ? m.str("document") : iri;
        return chain(iri, m, citedBy, self, links(basisOnly), basisOnly);
    }

    /** Also used for a corpus document: its chain up and down. */
    public View chainOf(String self) {
        return chainOf(self, false);
    }

    public View chainOf(String self, boolean basisOnly) {
        return chain(self, new Row(), List.of(), self, links(basisOnly), basisOnly);
    }

    private List<Row> links(boolean basisOnly) {
        List<Row> all = queries.select("regulation/citation-links.rq");
        return basisOnly ? all.stream().filter(r -> BASIS_CHAIN.contains(r.str("relation"))).toList() : all;
    }

    private View chain(String iri, Row meta, List<Row> citedBy, String self, List<Row> links0, boolean basisOnly) {
        Map<String, Set<String>> relations = new LinkedHashMap<>();
        Set<String> planned = new LinkedHashSet<>();
        for (Row r : links0) {
            if (r.str("relation") != null) {
                relations.computeIfAbsent(r.str("from") + " " + r.str("to"), k -> new TreeSet<>()).add(r.str("relation"));
            }
            if ("true".equals(r.str("toPlanned"))) {
                planned.add(r.str("to"));
            }
        }
        Map<String, Set<String>> up = new LinkedHashMap<>();
        Map<String, Set<String>> down = new LinkedHashMap<>();
        Map<String, GraphNode> info = new LinkedHashMap<>();
        for (Row r : links0) {
            String from = r.str("from");
            String to = r.str("to");
            up.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
            down.computeIfAbsent(to, k -> new LinkedHashSet<>()).add(from);
            info.merge(from, node(from, r.str("fromLabel"), r.str("fromLevel"), r.str("fromRank")), RegulationPage::better);
            info.merge(to, node(to, r.str("toLabel"), r.str("toLevel"), r.str("toRank")), RegulationPage::better);
        }
        Set<String> keep = new LinkedHashSet<>();
        keep.add(self);
        walk(self, up, keep);
        walk(self, down, keep);
        List<GraphEdge> edges = new ArrayList<>();
        for (Row r : links0) {
            if (keep.contains(r.str("from")) && keep.contains(r.str("to"))
                    && edges.stream().noneMatch(e -> e.source().equals(r.str("from")) && e.target().equals(r.str("to")))) {
                // keep only links on a chain through this node: both ends reachable the same way
                boolean onChain = reaches(r.str("to"), self, up) || reaches(self, r.str("from"), up);
                if (onChain) {
                    edges.add(new GraphEdge(r.str("from"), r.str("to"),
                            List.copyOf(relations.getOrDefault(r.str("from") + " " + r.str("to"), Set.of()))));
                }
            }
        }
        List<GraphNode> nodes = new ArrayList<>();
        for (String id : keep) {
            GraphNode n = info.getOrDefault(id, node(id, null, null, null));
            nodes.add(new GraphNode(n.id(), n.label(), n.level(), n.rank(), n.href(), id.equals(self), planned.contains(id)));
        }
        return new View(iri, meta, citedBy, nodes, edges, basisOnly);
    }

    private static void walk(String start, Map<String, Set<String>> next, Set<String> seen) {
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            for (String n : next.getOrDefault(todo.pop(), Set.of())) {
                if (seen.add(n)) {
                    todo.push(n);
                }
            }
        }
    }

    private static boolean reaches(String from, String to, Map<String, Set<String>> up) {
        if (from.equals(to)) {
            return true;
        }
        Set<String> seen = new LinkedHashSet<>();
        walk(from, up, seen);
        return seen.contains(to);
    }

    private GraphNode node(String iri, String label, String level, String rank) {
        int r = 5;
        try {
            r = rank == null ? 5 : Integer.parseInt(rank.strip());
        } catch (NumberFormatException ignored) {
            // unknown level: bottom row
        }
        String shown = label == null || label.isBlank() ? iri.substring(iri.lastIndexOf('/') + 1) : label;
        return new GraphNode(iri, shown, level == null ? "" : level, r, links.href(iri), false, false);
    }

    private static GraphNode better(GraphNode a, GraphNode b) {
        return a.rank() <= b.rank() && !a.level().isEmpty() ? a : b.level().isEmpty() ? a : b;
    }
}
