package org.policykg.serve.web;

import java.io.IOException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Hardening headers on every answer, set before anything is written (kept answers and Fuseki's
 * included). The pages load scripts and styles from this server only (their own files and the
 * WebJars under {@code /webjars/}) and carry no inline script, so the policy allows nothing else;
 * inline styles stay allowed because the chart and editor libraries set them. Pages may not be
 * framed by other sites, content types are not sniffed, and no referrer leaves for other origins.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityHeaders {
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** First of all filters: a refusal by a later one carries the headers too. */
    public static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE;

    @Bean
    FilterRegistrationBean<Filter> securityHeadersFilter() {
        FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>(new Filter() {
            @Override
            public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
                apply((HttpServletResponse) res);
                chain.doFilter(req, res);
            }
        });
        bean.setName("security-headers");
        bean.setOrder(FILTER_ORDER);
        return bean;
    }

    static void apply(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    }
}
