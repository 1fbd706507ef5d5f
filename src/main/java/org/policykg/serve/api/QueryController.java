package org.policykg.serve.api;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

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
        // Keyed by the Accept header as sent: a repeated question skips parsing and negotiation too.
        CachedResponse answer = cache.get(cacheKey(saved, params, accept), store.generation(), () -> answer(saved, params, accept));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(answer.contentType())).body(answer.body());
    }

    /** The query's text is part of the key: an edited .rq file is a new question. */
    static String cacheKey(SavedQuery saved, Map<String, String> params, String accept) {
        return saved.text().hashCode() + "\u0000" + saved.name() + "\u0000" + accept + "\u0000" + new TreeMap<>(params);
    }

    private CachedResponse answer(SavedQuery saved, Map<String, String> params, String accept) {
        Query query = saved.parse();
        var offered = query.isConstructType() || query.isDescribeType() ? ResultNegotiation.GRAPHS : ResultNegotiation.RESULTS;
        var choice = ResultNegotiation.choose(accept, offered).orElseThrow(() -> new ApiException(HttpStatus.NOT_ACCEPTABLE,
                "cannot answer in '" + accept + "'; available: " + ResultNegotiation.names(offered)));
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
