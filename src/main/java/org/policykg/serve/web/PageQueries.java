package org.policykg.serve.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.policykg.query.SavedQuery;
import org.policykg.serve.admission.ExecutionSlots;
import org.policykg.serve.cache.AnswerCache;
import org.policykg.store.KnowledgeStore;
import org.springframework.stereotype.Component;

/**
 * Runs the SPARQL of the pages. Each page's queries are {@code .rq} files beside its controller
 * ({@code src/main/resources/org/policykg/serve/web/FEATURE/NAME.rq}); values are bound as RDF terms
 * by Jena's substitution, never spliced into the text. Rows come back as plain strings (an IRI as the
 * IRI, a literal as its lexical form) for the templates.
 */
@Component
public class PageQueries {
    private final KnowledgeStore store;
    private final ExecutionSlots slots;
    private final Map<String, Query> parsed = new ConcurrentHashMap<>();
    /**
     * The rows of each page question until the store changes: every comparison page first lists all
     * concepts and themes, and under load those whole-corpus questions, asked again by every reader,
     * took the CPU from the questions that are new.
     */
    private final AnswerCache<List<Row>> kept = new AnswerCache<>(Runtime.getRuntime().maxMemory() / 16, PageQueries::weight);

    /** Questions not kept run in the {@code slots} of the saved queries and pages, in the asking client's share. */
    public PageQueries(KnowledgeStore store, ExecutionSlots slots) {
        this.store = store;
        this.slots = slots;
    }

    /** A SELECT of {@code FEATURE/NAME.rq} with the given bindings (Node values). */
    public List<Row> select(String file, Map<String, Node> bindings) {
        Query query = query(file);
        return kept.get(file + '\u0000' + new java.util.TreeMap<>(bindings), store.generation(), () -> List.copyOf(read(ds -> {
            try (QueryExecution qe = execution(ds, query, bindings)) {
                return rows(qe.execSelect());
            }
        })));
    }

    /** About the bytes the rows hold (two per character). */
    private static int weight(List<Row> rows) {
        long chars = 64;
        for (Row row : rows) {
            for (Map.Entry<String, String> e : row.entrySet()) {
                chars += e.getKey().length() + e.getValue().length() + 16;
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, 2 * chars);
    }

    public List<Row> select(String file) {
        return select(file, Map.of());
    }

    public boolean ask(String file, Map<String, Node> bindings) {
        Query query = query(file);
        return read(ds -> {
            try (QueryExecution qe = execution(ds, query, bindings)) {
                return qe.execAsk();
            }
        });
    }

    public Model construct(String file, Map<String, Node> bindings) {
        Query query = query(file);
        return read(ds -> {
            try (QueryExecution qe = execution(ds, query, bindings)) {
                return qe.execConstruct();
            }
        });
    }

    /** A saved query of {@code queries/} with its declared parameters, as rows. */
    public List<Row> saved(SavedQuery saved, Map<String, String> params) {
        Map<String, Node> bindings = saved.bind(params);
        Query query = saved.parse();
        return read(ds -> {
            try (QueryExecution qe = execution(ds, query, bindings)) {
                return rows(qe.execSelect());
            }
        });
    }

    /** A read of the store as an admitted execution. */
    public <T> T read(java.util.function.Function<Dataset, T> work) {
        return slots.<T, RuntimeException>run(() -> store.read(work));
    }

    private static QueryExecution execution(Dataset ds, Query query, Map<String, Node> bindings) {
        var builder = QueryExecution.dataset(ds).query(query);
        bindings.forEach((name, node) -> builder.substitution(name, ds.getDefaultModel().asRDFNode(node)));
        return builder.build();
    }

    private Query query(String file) {
        return parsed.computeIfAbsent(file, f -> {
            String path = "/org/policykg/serve/web/" + f;
            try (InputStream in = PageQueries.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("missing page query " + path);
                }
                return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static List<Row> rows(ResultSet results) {
        List<Row> out = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution s = results.next();
            Row row = new Row();
            s.varNames().forEachRemaining(v -> {
                RDFNode n = s.get(v);
                if (n != null) {
                    row.put(v, text(n));
                }
            });
            out.add(row);
        }
        return out;
    }

    static String text(RDFNode n) {
        if (n.isURIResource()) {
            return n.asResource().getURI();
        }
        if (n.isLiteral()) {
            return n.asLiteral().getLexicalForm();
        }
        return n.toString();
    }

    /** One result row: variable name → IRI or lexical form; unbound variables are absent. */
    public static final class Row extends LinkedHashMap<String, String> {
        public String str(String name) {
            return get(name);
        }

        public int integer(String name) {
            String v = get(name);
            if (v == null) {
                return 0;
            }
            try {
                return (int) Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }
}
