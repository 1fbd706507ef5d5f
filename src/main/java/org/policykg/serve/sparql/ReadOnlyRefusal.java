package org.policykg.serve.sparql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.policykg.serve.ReadOnlyReplica;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Says plainly that the dataset is read-only when a client tries to write to it (SPARQL Update, Graph
 * Store PUT/POST/DELETE), and where documents go instead. Fuseki alone refuses these too, but with
 * words that send a person looking elsewhere ("No 'query=' parameter", "Unsupported:
 * application/sparql-update", 404), so this filter answers them first. Reads pass untouched.
 */
public class ReadOnlyRefusal implements Filter {
    static final String MESSAGE = """
            This SPARQL endpoint is read-only: it answers SPARQL queries (/ds/sparql) and graph reads \
            (/ds/get?graph=IRI), and takes no SPARQL Update or Graph Store writes.
            To add a document, upload it to /api/documents (multipart field 'file', header \
            'Authorization: Bearer TOKEN'; the server must be started with POLICYKG_ADMIN_TOKEN=TOKEN), e.g.
              curl -H 'Authorization: Bearer TOKEN' -F file=@plan.txt http://HOST/api/documents
            or stop the server and run: policykg ingest plan.txt
            """;
    /** On a replica there is no upload route: documents go to the primary. */
    static final String REPLICA_MESSAGE = """
            This SPARQL endpoint is read-only: it answers SPARQL queries (/ds/sparql) and graph reads \
            (/ds/get?graph=IRI), and takes no SPARQL Update or Graph Store writes.
            """ + ReadOnlyReplica.REFUSAL + "\n";
    private final String message;

    ReadOnlyRefusal(boolean replica) {
        this.message = replica ? REPLICA_MESSAGE : MESSAGE;
    }
    private static final Set<String> WRITE_METHODS = Set.of("PUT", "DELETE", "PATCH");
    private static final Set<String> WRITE_SERVICES = Set.of("update", "data", "upload");
    private static final List<String> RDF_TYPES = List.of("text/turtle", "application/n-triples", "application/n-quads",
            "application/trig", "application/ld+json", "application/rdf+xml", "text/n3", "application/rdf+thrift");

    /** Registered on the dataset's paths, before the kept answers and Fuseki. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {
        @Bean
        FilterRegistrationBean<ReadOnlyRefusal> readOnlyRefusalFilter(ReadOnlyReplica replica) {
            FilterRegistrationBean<ReadOnlyRefusal> bean = new FilterRegistrationBean<>(new ReadOnlyRefusal(replica.on()));
            bean.setName("read-only-refusal");
            bean.setUrlPatterns(List.of(SparqlEndpoint.NAME, SparqlEndpoint.NAME + "/*"));
            bean.setOrder(SparqlEndpoint.FILTER_ORDER - 2);
            return bean;
        }
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (WRITE_METHODS.contains(method)) {
            response.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            refuse(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if ("POST".equals(method) && writes(request)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(req, res);
    }

    private static boolean writes(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String service = path.length() > SparqlEndpoint.NAME.length() + 1 ? path.substring(SparqlEndpoint.NAME.length() + 1) : "";
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (WRITE_SERVICES.contains(service) || type.startsWith("application/sparql-update")) {
            return true;
        }
        if (RDF_TYPES.stream().anyMatch(type::startsWith)) {
            return true;
        }
        return type.startsWith("application/x-www-form-urlencoded") && request.getParameter("update") != null;
    }

    private void refuse(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
    }
}
