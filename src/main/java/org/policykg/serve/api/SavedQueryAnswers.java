package org.policykg.serve.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.query.Query;
import org.policykg.query.QueryRunner;
import org.policykg.query.SavedQuery;
import org.policykg.serve.cache.AnswerSpillFolder;
import org.policykg.serve.cache.SpillingAnswerStream;
import org.policykg.serve.cache.InMemoryAnswer;
import org.policykg.serve.admission.ExecutionSlots;
import org.policykg.serve.cache.CachedAnswer;
import org.policykg.serve.cache.AnswerCache;
import org.policykg.store.KnowledgeStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The answers of saved queries, computed once per question and store state and kept: a question is
 * the query's text, its parameter values and the format answered (any {@code Accept} that chooses
 * JSON shares one answer). Parameters must have been checked by {@link SavedQuery#bind} first.
 * Small answers are kept on the heap; a large one (a whole-corpus table of a big store) in a file of
 * {@link AnswerSpillFolder}.
 */
@Component
public class SavedQueryAnswers {
    private final KnowledgeStore store;
    private final ExecutionSlots slots;
    private final AnswerSpillFolder files;
    private final QueryRunner runner = new QueryRunner();
    private final AnswerCache<CachedAnswer> cache = new AnswerCache<>(InMemoryAnswer.heapBound(), CachedAnswer::weight, CachedAnswer::discard);
    /** Whether a query text is a CONSTRUCT or DESCRIBE: negotiation needs it before the cache. */
    private final Map<String, Boolean> graphForms = new ConcurrentHashMap<>();

    public SavedQueryAnswers(KnowledgeStore store, ExecutionSlots slots, AnswerSpillFolder files) {
        this.store = store;
        this.slots = slots;
        this.files = files;
    }

    /** The answer, kept or computed now; 406 for a format the query cannot be written in, 503 when no execution slot freed up. */
    CachedAnswer answer(SavedQuery saved, Map<String, String> params, String accept) {
        ResultNegotiation.Choice choice = choose(saved, accept).orElseThrow(() -> new ApiException(HttpStatus.NOT_ACCEPTABLE,
                "cannot answer in '" + accept + "'; available: " + ResultNegotiation.names(offered(saved))));
        return cache.get(cacheKey(saved, params, choice.type().toString()), store.generation(), () -> compute(saved, params, choice));
    }

    /** The answer if it is kept for the store as it is now. */
    Optional<CachedAnswer> kept(SavedQuery saved, Map<String, String> params, String accept) {
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

    /** Written whole before it is sent, so that a query cut by the timeout is an error status, not a truncated 200. */
    private CachedAnswer compute(SavedQuery saved, Map<String, String> params, ResultNegotiation.Choice choice) {
        SpillingAnswerStream out = files.newOutput();
        try {
            slots.run(() -> store.read(ds -> {
                runner.run(ds, saved, params, choice.format(), out);
                return null;
            }));
            return out.answer(new MediaType(choice.type(), StandardCharsets.UTF_8).toString());
        } catch (IOException e) {
            out.abandon();
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            out.abandon();
            throw e;
        }
    }
}
