package org.policykg.serve.web.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.policykg.rdf.vocab.Eli;
import org.policykg.rdf.vocab.PolicyOntology;
import org.policykg.serve.StoreChanged;
import org.policykg.serve.web.PageQueries;
import org.policykg.serve.web.PageQueries.Row;
import org.policykg.store.KnowledgeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

/**
 * Chinese full-text search: a Lucene index in memory (jena-text's {@link TextIndex}), built from the
 * store in one read transaction (every task's text, every document's and regulation's title) and
 * analysed with Lucene's {@link CJKAnalyzer} (Han characters as overlapping bigrams, so 湿地 finds
 * 湿地保护 without a dictionary). A search asks Lucene for the hits, then the store for their details.
 * <p>
 * The index is deliberately not attached to the store as a text dataset: jena-text's
 * {@code DatasetGraphText} over TDB2 joins the store's transaction coordinator (registered in exclusive
 * mode, which waits for every transaction in flight), and its part fails when a read transaction is
 * aborted, as Fuseki does with a query cut at its timeout, leaving that transaction counted forever; the
 * next rebuild then waited for it for ever, and every request behind it. Here the index is built and
 * rebuilt on a thread of its own after start-up and after each upload; searches use the newest complete
 * index meanwhile, and only the very first search waits (a bounded time) for the first one.
 */
@Component
public class SearchIndex implements DisposableBean {
    /** One search result: the node, its kind (task, document, regulation), a snippet with the match marked. */
    public record Hit(String iri, String kind, double score, String text, String snippet, String document, String documentTitle, String place,
            String section, String heading) {
    }

    private record Built(TextSearcher searcher, long generation) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final int HITS_PER_FIELD = 200;
    static final String ENTITY_FIELD = "uri";
    static final String TEXT_FIELD = "text";
    static final String TITLE_FIELD = "title";
    private static final String LANG_FIELD = "lang";
    private static final long FIRST_BUILD_WAIT_SECONDS = 20;

    private final KnowledgeStore store;
    private final PageQueries queries;
    private final Query search;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "policykg-search-index");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean buildQueued = new AtomicBoolean();
    private final CompletableFuture<Void> firstBuilt = new CompletableFuture<>();
    private volatile Built current;

    public SearchIndex(KnowledgeStore store, PageQueries queries) {
        this.store = store;
        this.queries = queries;
        this.search = QueryFactory.create(resource("search/search.rq"));
    }

    /** After start-up and after each upload: a new index on the builder's thread, never on a request's. */
    @EventListener({ApplicationReadyEvent.class, StoreChanged.class})
    void refresh() {
        if (!buildQueued.compareAndSet(false, true)) {
            return;
        }
        builder.execute(() -> {
            buildQueued.set(false);
            try {
                build();
            } catch (RuntimeException e) {
                // The store closed during start-up or shutdown (a test, a Ctrl-C): the next change builds again.
                LOG.debug("search index not built: {}", e.toString());
            }
        });
    }

    public List<Hit> search(String userQuery, int limit) {
        Built built = ready();
        if (built.generation() != store.generation()) {
            refresh();
        }
        String lucene = luceneQuery(userQuery);
        if (lucene.isEmpty()) {
            return List.of();
        }
        List<TextHit> texts = built.searcher().query(TEXT_FIELD, PolicyOntology.text.asNode(), lucene, HITS_PER_FIELD);
        List<TextHit> titles = built.searcher().query(TITLE_FIELD, Eli.title.asNode(), lucene, HITS_PER_FIELD);
        Query details = details(texts, titles);
        List<Hit> hits = queries.read(ds -> {
            Map<String, Hit> out = new LinkedHashMap<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(details).build()) {
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

    /** The newest index; the first search after start-up waits for the first build, but not for ever. */
    private Built ready() {
        Built built = current;
        if (built != null) {
            return built;
        }
        refresh();
        try {
            firstBuilt.get(FIRST_BUILD_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "the search index is still being built; try again in a moment");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "interrupted while the search index was being built");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return current;
    }

    /**
     * The details query with each field's hits as the rows of its VALUES block: a copy of the query parsed
     * once (parsing it again for every search took a quarter of the server's time under load).
     */
    private Query details(List<TextHit> texts, List<TextHit> titles) {
        Var field = Var.alloc("field");
        return QueryTransformOps.transform(search, new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementData data) {
                String which = data.getRows().get(0).get(field).getLiteralLexicalForm();
                ElementData rows = new ElementData(new ArrayList<>(data.getVars()), new ArrayList<>());
                for (TextHit h : which.equals("text") ? texts : titles) {
                    rows.add(BindingFactory.binding(
                            field, NodeFactory.createLiteralString(which),
                            Var.alloc("hit"), h.getNode(),
                            Var.alloc("score"), NodeFactory.createLiteralDT(Float.toString(h.getScore()), XSDDatatype.XSDfloat),
                            Var.alloc("lit"), h.getLiteral() == null ? NodeFactory.createLiteralString("") : h.getLiteral()));
                }
                return rows;
            }
        });
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

    private void build() {
        long generation = store.generation();
        Built old = current;
        if (old != null && old.generation() == generation) {
            return;
        }
        Directory directory = new ByteBuffersDirectory();
        TextIndex index = newIndex(directory);
        for (Row r : queries.select("search/entries.rq")) {
            Entity e = new Entity(r.str("s"), null, "zh-Hans", null);
            e.put(r.str("field"), r.str("text"));
            index.addEntity(e);
        }
        index.prepareCommit();
        index.commit();
        current = new Built(searcher(directory), generation);
        firstBuilt.complete(null);
        // Searches that took the old index a moment ago finish on it; Lucene's in-memory index needs no closing.
    }

    /** An empty index of task texts and titles (CJK bigrams, so 湿地保护 is found without a dictionary) in {@code directory}. */
    static TextIndex newIndex(Directory directory) {
        EntityDefinition def = new EntityDefinition(ENTITY_FIELD, TEXT_FIELD, PolicyOntology.text.asNode());
        def.set(TITLE_FIELD, Eli.title.asNode());
        def.setLangField(LANG_FIELD);
        TextIndexConfig config = new TextIndexConfig(def);
        config.setAnalyzer(new CJKAnalyzer());
        config.setQueryAnalyzer(new CJKAnalyzer());
        config.setValueStored(true);
        return TextDatasetFactory.createLuceneIndex(directory, config);
    }

    /** A searcher over what {@link #newIndex} wrote into {@code directory} and committed. */
    static TextSearcher searcher(Directory directory) {
        return new TextSearcher(directory, new CJKAnalyzer(), ENTITY_FIELD, LANG_FIELD);
    }

    @Override
    public void destroy() {
        builder.shutdownNow();
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
