package org.policykg.serve.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.query.Query;
import org.policykg.query.QueryRunner;
import org.policykg.query.SavedQuery;
import org.policykg.serve.cache.CachedResponse;
import org.policykg.serve.cache.ExecutionSlots;
import org.policykg.serve.cache.ResultCache;
import org.policykg.store.KnowledgeStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The answers of saved queries, computed once per question and store state and kept: a question is
 * the query's text, its parameter values and the format answered (any {@code Accept} that chooses
 * JSON shares one answer). Parameters must have been checked by {@link SavedQuery#bind} first.
 */
@Component
public class SavedQueryAnswers {
    private final KnowledgeStore store;
    private final ExecutionSlots slots;
    private final QueryRunner runner = new QueryRunner();
    private final ResultCache<CachedResponse> cache = CachedResponse.newCache();
    /** Whether a query text is a CONSTRUCT or DESCRIBE: negotiation needs it before the cache. */
    private final Map<String, Boolean> graphForms = new ConcurrentHashMap<>();

    public SavedQueryAnswers(KnowledgeStore store, ExecutionSlots slots) {
        this.store = store;
        this.slots = slots;
    }

    /** The answer, kept or computed now; 406 for a format the query cannot be written in, 503 when no execution slot freed up. */
    CachedResponse answer(SavedQuery saved, Map<String, String> params, String accept) {
        ResultNegotiation.Choice choice = choose(saved, accept).orElseThrow(() -> new ApiException(HttpStatus.NOT_ACCEPTABLE,
                "cannot answer in '" + accept + "'; available: " + ResultNegotiation.names(offered(saved))));
        return cache.get(cacheKey(saved, params, choice.type().toString()), store.generation(), () -> compute(saved, params, choice));
    }

    /** The answer if it is kept for the store as it is now. */
    Optional<CachedResponse> kept(SavedQuery saved, Map<String, String> params, String accept) {
        return choose(saved, accept).flatMap(choice -> cache.find(cacheKey(saved, params, choice.type().toString()), store.generation()));
    }

    /** The query's text is part of the key: an edited .rq file is a new question. */
    static String cacheKey(SavedQuery saved, Map<String, String> params, String mediaType) {
        return saved.text().hashCode() + "\u0000" + saved.name() + "\u0000" + mediaType + "\u0000" + new TreeMap<>(params);
    }

    private Optional<ResultNegotiation.Choice> choose(SavedQuery saved, String accept) {
        return ResultNegotiation.choose(accept, offered(saved));
    }

    private java.util.List<ResultNegotiation.Choice> offered(SavedQuery saved) {
        boolean graph = graphForms.computeIfAbsent(saved.text(), text -> {
            Query query = saved.parse();
            return query.isConstructType() || query.isDescribeType();
        });
        return graph ? ResultNegotiation.GRAPHS : ResultNegotiation.RESULTS;
    }

    private CachedResponse compute(SavedQuery saved, Map<String, String> params, ResultNegotiation.Choice choice) {
        MediaType type = new MediaType(choice.type(), StandardCharsets.UTF_8);
        return new CachedResponse(type.toString(), execute(saved, params, choice));
    }

    /** Buffered, so that a query cut by the timeout is an error status, not a truncated 200. */
    private byte[] execute(SavedQuery saved, Map<String, String> params, ResultNegotiation.Choice choice) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            slots.run(() -> store.read(ds -> {
                runner.run(ds, saved, params, choice.format(), out);
                return null;
            }));
        } catch (ExecutionSlots.Busy e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        }
        return out.toByteArray();
    }
}
