package org.policykg.serve.web.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.policykg.build.vocab.Eli;
import org.policykg.build.vocab.Pkg;
import org.policykg.serve.web.PageQueries;
import org.policykg.serve.web.PageQueries.Row;
import org.policykg.store.KnowledgeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Chinese full-text search with Jena's text index: a Lucene index in memory, built when the server
 * starts from the store (every task's text, every document's and regulation's title), analysed with
 * Lucene's {@link CJKAnalyzer} (Han characters as overlapping bigrams, so 湿地 finds 湿地保护 without a
 * dictionary). Queried by SPARQL's {@code text:query} over the store wrapped as a text dataset. When
 * the stored documents change (an upload), the index is rebuilt before the next search.
 */
@Component
public class SearchIndex {
    /** One search result: the node, its kind (task, document, regulation), a snippet with the match marked. */
    public record Hit(String iri, String kind, double score, String text, String snippet, String document, String documentTitle, String place,
            String section, String heading) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

    private final KnowledgeStore store;
    private final PageQueries queries;
    private final Query search;
    private volatile Dataset textDataset;
    private volatile String version;

    public SearchIndex(KnowledgeStore store, PageQueries queries) {
        this.store = store;
        this.queries = queries;
        TextQuery.init();
        this.search = QueryFactory.create(resource("search/search.rq"));
    }

    /**
     * The first build runs once the server is up rather than in start-up (it is seconds of Lucene work
     * on a large store, and on a small machine it would take a core from start-up); a search that
     * arrives before it is done waits for it on the same lock.
     */
    @EventListener(ApplicationReadyEvent.class)
    void buildInBackground() {
        Thread builder = new Thread(() -> {
            try {
                rebuildIfChanged();
            } catch (RuntimeException e) {
                // The store closed during start-up (a test, a Ctrl-C): the next search builds again.
                LOG.debug("search index not built at start-up: {}", e.toString());
            }
        }, "policykg-search-index");
        builder.setDaemon(true);
        builder.start();
    }

    public List<Hit> search(String userQuery, int limit) {
        rebuildIfChanged();
        String lucene = luceneQuery(userQuery);
        if (lucene.isEmpty()) {
            return List.of();
        }
        Dataset ds = textDataset;
        List<Hit> hits = Txn.calculateRead(ds, () -> {
            var builder = QueryExecution.dataset(ds).query(search)
                    .substitution("q", ds.getDefaultModel().asRDFNode(NodeFactory.createLiteralString(lucene)));
            Map<String, Hit> out = new LinkedHashMap<>();
            try (QueryExecution qe = builder.build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    String iri = s.getResource("hit").getURI();
                    if (out.containsKey(iri)) {
                        continue;
                    }
                    String text = str(s, "text");
                    out.put(iri, new Hit(iri, str(s, "kind"), s.getLiteral("score").getDouble(), text, snippet(text, userQuery),
                            s.contains("document") ? s.getResource("document").getURI() : null, str(s, "documentTitle"), str(s, "place"),
                            s.contains("section") ? s.getResource("section").getURI() : null, str(s, "heading")));
                }
            }
            return new ArrayList<>(out.values());
        });
        return hits.size() > limit ? hits.subList(0, limit) : hits;
    }

    /** Each whitespace-separated word as a phrase (its bigrams in order), all required. */
    static String luceneQuery(String userQuery) {
        List<String> parts = new ArrayList<>();
        for (String word : userQuery.strip().split("\\s+")) {
            if (!word.isBlank()) {
                parts.add("\"" + QueryParserBase.escape(word) + "\"");
            }
        }
        return String.join(" AND ", parts);
    }

    private synchronized void rebuildIfChanged() {
        List<Row> v = queries.select("search/version.rq");
        String now = v.isEmpty() || v.get(0).str("version") == null ? "" : v.get(0).str("version");
        if (textDataset != null && now.equals(version)) {
            return;
        }
        EntityDefinition def = new EntityDefinition("uri", "text", Pkg.text.asNode());
        def.set("title", Eli.title.asNode());
        def.setLangField("lang");
        TextIndexConfig config = new TextIndexConfig(def);
        config.setAnalyzer(new CJKAnalyzer());
        config.setQueryAnalyzer(new CJKAnalyzer());
        config.setValueStored(true);
        TextIndex index = TextDatasetFactory.createLuceneIndex(new ByteBuffersDirectory(), config);
        List<Row> rows = queries.select("search/entries.rq");
        for (Row r : rows) {
            Entity e = new Entity(r.str("s"), null, "zh-Hans", null);
            e.put(r.str("field"), r.str("text"));
            index.addEntity(e);
        }
        index.prepareCommit();
        index.commit();
        textDataset = TextDatasetFactory.create(store.dataset(), index, false);
        version = now;
    }

    private static String str(QuerySolution s, String name) {
        return s.contains(name) ? s.get(name).isLiteral() ? s.getLiteral(name).getLexicalForm() : s.get(name).toString() : null;
    }

    /** Up to 160 characters around the first match, HTML-escaped, every match in {@code <mark>}. */
    static String snippet(String text, String userQuery) {
        if (text == null) {
            return "";
        }
        String[] words = userQuery.strip().split("\\s+");
        int first = -1;
        for (String w : words) {
            int at = text.indexOf(w);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        int from = Math.max(0, first - 50);
        int to = Math.min(text.length(), from + 160);
        String cut = text.substring(from, to);
        String html = HtmlUtils.htmlEscape(cut, "UTF-8");
        for (String w : words) {
            if (!w.isBlank()) {
                String ew = HtmlUtils.htmlEscape(w, "UTF-8");
                html = html.replace(ew, "<mark>" + ew + "</mark>");
            }
        }
        return (from > 0 ? "…" : "") + html + (to < text.length() ? "…" : "");
    }

    private static String resource(String file) {
        try (InputStream in = SearchIndex.class.getResourceAsStream("/org/policykg/serve/web/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
