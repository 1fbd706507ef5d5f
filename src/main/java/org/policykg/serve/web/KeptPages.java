package org.policykg.serve.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.policykg.serve.cache.InMemoryAnswer;
import org.policykg.serve.cache.KeptResponses;
import org.policykg.store.KnowledgeStore;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page already rendered since the store last changed is sent as it was, before Spring MVC: a page is
 * a function of its address (and {@code Accept}, for the resource pages that also answer RDF) and of
 * the store. Under load, readers opening the same comparison or document page cost a map lookup, not
 * the page's queries and its template (about 2 ms each; a kept answer ~0.1 ms), which left the CPU to
 * the questions that are new. Only complete HTML answers with status 200 are kept, so an error, a
 * redirect or a refused execution is never replayed; the security headers are set before this filter
 * on every response.
 */
@Configuration(proxyBeanMethods = false)
public class KeptPages {
    /**
     * Routes not kept here: the endpoint, the API (kept by their own filters), files, the probe, and the
     * search, whose index is rebuilt in the background after a change: a search answered from the
     * previous index meanwhile must not be kept as the answer of the new store.
     */
    private static final List<String> NOT_PAGES = List.of("/ds", "/api/", "/static/", "/webjars/", "/health", "/error", "/search");
    private static final int LARGEST = 1 << 20;

    @Bean
    FilterRegistrationBean<Filter> keptPagesFilter(KnowledgeStore store) {
        FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>(new Kept(store));
        bean.setName("kept-pages");
        bean.setUrlPatterns(List.of("/*"));
        // After the security headers and the request's client, before everything that renders.
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return bean;
    }

    static final class Kept implements Filter {
        private final KnowledgeStore store;
        private final KeptResponses<InMemoryAnswer> pages = new KeptResponses<>(InMemoryAnswer.newCache(), LARGEST);

        Kept(KnowledgeStore store) {
            this.store = store;
        }

        @Override
        public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
            HttpServletRequest request = (HttpServletRequest) req;
            HttpServletResponse response = (HttpServletResponse) res;
            String key = key(request);
            if (key == null) {
                chain.doFilter(request, response);
                return;
            }
            pages.answer(key, store.generation(), response, rendering -> {
                chain.doFilter(request, rendering);
                return true;
            }, (rendered, body) -> {
                String type = rendered.getContentType();
                return type != null && type.toLowerCase(Locale.ROOT).startsWith("text/html") ? new InMemoryAnswer(type, body) : null;
            });
        }

        /** The page's address and Accept header, or null for what is not a page. */
        static String key(HttpServletRequest request) {
            if (!"GET".equals(request.getMethod())) {
                return null;
            }
            String path = request.getRequestURI().substring(request.getContextPath().length());
            for (String prefix : NOT_PAGES) {
                if (path.startsWith(prefix)) {
                    return null;
                }
            }
            String query = request.getQueryString();
            return path + (query == null ? "" : "?" + query) + '\u0000' + request.getHeader("Accept");
        }
    }
}
