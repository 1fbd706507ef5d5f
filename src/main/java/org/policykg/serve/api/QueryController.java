package org.policykg.serve.api;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.policykg.query.KnownValues;
import org.policykg.query.ParameterInputs;
import org.policykg.query.SavedQuery;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The saved-query API: {@code GET /api/queries} lists the queries with their header comments;
 * {@code GET /api/queries/{name}?param=value} runs one with its parameters bound as typed RDF terms
 * by {@link org.policykg.query.QueryRunner}, in the format the {@code Accept} header asks for.
 */
@RestController
public class QueryController {
    /** {@code values}: where the values the parameter takes are listed, when they are. */
    public record Parameter(String name, String type, boolean optional, String description, String values) {
    }

    public record Listing(String name, String title, String description, List<Parameter> parameters, String url) {
    }

    /** A parameter with the values it takes in this store (none listed: any value of its type). */
    public record ParameterValues(String name, String type, boolean optional, String description, List<KnownValues.Value> values) {
    }

    private final QueryCatalog catalog;
    private final SavedQueryAnswers answers;
    private final StoreParameterValues known;

    public QueryController(QueryCatalog catalog, SavedQueryAnswers answers, StoreParameterValues known) {
        this.catalog = catalog;
        this.answers = answers;
        this.known = known;
    }

    @GetMapping(path = "/api/queries", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<Listing> list() {
        return catalog.all().stream().map(QueryController::listing).toList();
    }

    @GetMapping(path = "/api/queries/{name}")
    public void run(@PathVariable String name, @RequestParam Map<String, String> params,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) throws IOException {
        SavedQuery saved = catalog.find(name)
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "no saved query named '" + name + "'"));
        Map<String, String> resolved;
        try {
            resolved = known.inputs().resolve(saved, params);
            saved.bind(resolved);
        } catch (ParameterInputs.UnknownValueException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, e.getMessage() + " (every value: /api/queries/" + name + "/parameters)");
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        answers.answer(saved, resolved, accept).send(response);
    }

    /** {@code GET /api/queries/{name}/parameters}: each parameter with the values the store knows for it. */
    @GetMapping(path = "/api/queries/{name}/parameters", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<ParameterValues> parameters(@PathVariable String name) {
        SavedQuery saved = catalog.find(name)
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "no saved query named '" + name + "'"));
        return saved.parameters().stream().map(p -> new ParameterValues(p.name(), p.type().name().toLowerCase(Locale.ROOT), p.optional(),
                p.description(), known.values().of(p.name()).orElse(List.of()))).toList();
    }

    private static Listing listing(SavedQuery q) {
        return new Listing(q.name(), q.title(), q.description(),
                q.parameters().stream().map(p -> new Parameter(p.name(), p.type().name().toLowerCase(Locale.ROOT),
                        p.optional(), p.description(), KnownValues.listed(p.name()) ? "/api/queries/" + q.name() + "/parameters" : null)).toList(),
                "/api/queries/" + q.name());
    }
}
