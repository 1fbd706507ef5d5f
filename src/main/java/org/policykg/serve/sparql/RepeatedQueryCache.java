package org.policykg.serve.sparql;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.policykg.serve.cache.InMemoryAnswer;
import org.policykg.serve.admission.ExecutionSlots;
import org.policykg.serve.cache.KeptResponses;
import org.policykg.store.KnowledgeStore;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers a SPARQL query that was already answered since the store last changed from the kept answer,
 * in front of Fuseki. Researchers and pages ask the same questions again and again; under load, a
 * repeated query then costs a map lookup instead of a query execution, which keeps the endpoint
 * responsive while expensive queries run. A question is the request's parameters (query, graphs,
 * format) with its {@code Accept} header, sent by GET or as an HTML form POST. Queries whose answer
 * may differ between two runs (RAND, NOW, UUID, BNODE, SERVICE) are always executed, as are answers
 * larger than {@value #LARGEST} bytes, which are streamed through unkept.
 */
final class RepeatedQueryCache implements Filter {
    static final int LARGEST = 1 << 20;
    private static final Pattern VOLATILE = Pattern.compile("\\b(RAND|NOW|UUID|STRUUID|BNODE|SERVICE)\\b\\s*[({<?$]",
            Pattern.CASE_INSENSITIVE);
    private static final String FORM = "application/x-www-form-urlencoded";

    private final KnowledgeStore store;
    private final ExecutionSlots slots;
    private final KeptResponses<KeptQueryAnswer> answers = new KeptResponses<>(KeptQueryAnswer.newCache(), LARGEST);

    /** {@code slots} are the ad-hoc queries' own, with each client's share (the saved queries and pages have theirs). */
    RepeatedQueryCache(KnowledgeStore store, ExecutionSlots slots) {
        this.store = store;
        this.slots = slots;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String key = question(request);
        if (key == null) {
            execute(request, response, chain);
            return;
        }
        answers.answer(key, store.generation(), response, buffered -> execute(request, buffered, chain),
                (rendered, body) -> new KeptQueryAnswer(new InMemoryAnswer(rendered.getContentType(), body),
                        rendered.getHeader(BoundedQueryProcessor.ROW_LIMIT_HEADER)));
    }

    /**
     * Runs the request in Fuseki within the client's share and in an ad-hoc execution slot; false, with
     * 429 sent, when the client already runs its share, or 503 when no slot is to be had soon. Both
     * answers come at once with Retry-After, instead of holding the connection for the timeout.
     */
    private boolean execute(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        try {
            return slots.<Boolean, Exception>run(() -> {
                chain.doFilter(request, response);
                return true;
            });
        } catch (ExecutionSlots.Refused e) {
            response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
            response.sendError(e.status(), e.getMessage());
            return false;
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }

    /** The request as a cache key, or null for a request that is not a repeatable query. */
    static String question(HttpServletRequest request) {
        boolean get = "GET".equals(request.getMethod());
        boolean form = "POST".equals(request.getMethod()) && request.getContentType() != null
                && request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith(FORM);
        if (!get && !form) {
            return null;
        }
        String query = request.getParameter("query");
        if (query == null || VOLATILE.matcher(query).find()) {
            return null;
        }
        Map<String, String[]> params = new TreeMap<>(request.getParameterMap());
        StringBuilder key = new StringBuilder(request.getRequestURI()).append('\u0000').append(request.getHeader("Accept"));
        params.forEach((name, values) -> key.append('\u0000').append(name).append('=').append(String.join("\u0001", values)));
        return key.toString();
    }
}
