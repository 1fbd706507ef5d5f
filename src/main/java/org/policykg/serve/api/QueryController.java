package org.policykg.serve.api;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.query.Query;
import org.policykg.query.QueryRunner;
import org.policykg.query.SavedQuery;
import org.policykg.serve.cache.CachedResponse;
import org.policykg.serve.cache.ExecutionSlots;
import org.policykg.serve.cache.ResultCache;
import org.policykg.store.KnowledgeStore;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The saved-query API: {@code GET /api/queries} lists the queries with their header comments;
 * {@code GET /api/queries/{name}?param=value} runs one with its parameters bound as typed RDF terms
 * by {@link QueryRunner}, in the format the {@code Accept} header asks for.
 */
@RestController
public class QueryController {
    public record Parameter(String name, String type, boolean optional, String description) {
    }

    public record Listing(String name, String title, String description, List<Parameter> parameters, String url) {
    }

    private final QueryCatalog catalog;
    private final KnowledgeStore store;
    private final QueryRunner runner = new QueryRunner();
    private final ResultCache<CachedResponse> cache = new ResultCache<>(512);

    private final ExecutionSlots slots;
    /** Whether a query text (by text) is a CONSTRUCT or DESCRIBE: negotiation needs it before the cache. */
    private final Map<String, Boolean> graphForms = new ConcurrentHashMap<>();

    public QueryController(QueryCatalog catalog, KnowledgeStore store, ExecutionSlots slots) {
        this.catalog = catalog;
        this.store = store;
        this.slots = slots;
    }

    @GetMapping(path = "/api/queries", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<Listing> list() {
        return catalog.all().stream().map(QueryController::listing).toList();
    }

    @GetMapping(path = "/api/queries/{name}")
    public ResponseEntity<byte[]> run(@PathVariable String name, @RequestParam Map<String, String> params,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        SavedQuery saved = catalog.find(name)
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "no saved query named '" + name + "'"));
        try {
            saved.bind(params);
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        ResultNegotiation.Choice choice = negotiate(saved, accept);
        CachedResponse answer = cache.get(cacheKey(saved, params, choice.type().toString()), store.generation(),
                () -> answer(saved, params, choice));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(answer.contentType())).body(answer.body());
    }

    /**
     * Computes and keeps the answer a client asking without parameters in the default format gets
     * (unless it is kept already), so that the first researcher to ask after start-up or a write does
     * not wait for it. Only for queries without a required parameter.
     */
    void keepDefaultAnswer(SavedQuery saved) {
        ResultNegotiation.Choice choice = negotiate(saved, null);
        cache.get(cacheKey(saved, Map.of(), choice.type().toString()), store.generation(), () -> answer(saved, Map.of(), choice));
    }

    /** Whether the default answer of this query at the store's present state is kept. */
    boolean keepsDefaultAnswer(SavedQuery saved) {
        return cache.find(cacheKey(saved, Map.of(), negotiate(saved, null).type().toString()), store.generation()).isPresent();
    }

    /** The query's text is part of the key: an edited .rq file is a new question. */
    static String cacheKey(SavedQuery saved, Map<String, String> params, String mediaType) {
        return saved.text().hashCode() + "\u0000" + saved.name() + "\u0000" + mediaType + "\u0000" + new TreeMap<>(params);
    }

    /** Keyed by what is answered, not by the Accept header as sent: any Accept that chooses JSON shares one answer. */
    private ResultNegotiation.Choice negotiate(SavedQuery saved, String accept) {
        boolean graph = graphForms.computeIfAbsent(saved.text(), text -> {
            Query query = saved.parse();
            return query.isConstructType() || query.isDescribeType();
        });
        var offered = graph ? ResultNegotiation.GRAPHS : ResultNegotiation.RESULTS;
        return ResultNegotiation.choose(accept, offered).orElseThrow(() -> new ApiException(HttpStatus.NOT_ACCEPTABLE,
                "cannot answer in '" + accept + "'; available: " + ResultNegotiation.names(offered)));
    }

    private CachedResponse answer(SavedQuery saved, Map<String, String> params, ResultNegotiation.Choice choice) {
        MediaType type = new MediaType(choice.type(), java.nio.charset.StandardCharsets.UTF_8);
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

    private static Listing listing(SavedQuery q) {
        return new Listing(q.name(), q.title(), q.description(),
                q.parameters().stream().map(p -> new Parameter(p.name(), p.type().name().toLowerCase(Locale.ROOT),
                        p.optional(), p.description())).toList(),
                "/api/queries/" + q.name());
    }
}
