package org.policykg.serve.api;

import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Cross-origin reads from any page: one CORS filter in front of everything, the SPARQL endpoint
 * included, so that YASGUI or a notebook on another origin can GET and POST queries. No cookies are
 * involved (the upload route takes a bearer token), so the wildcard origin is safe.
 */
@Configuration(proxyBeanMethods = false)
public class Cors {
    public static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter() {
        CorsConfiguration cors = new CorsConfiguration();
        cors.addAllowedOrigin("*");
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "OPTIONS"));
        cors.addAllowedHeader("*");
        cors.setExposedHeaders(List.of("Content-Type", "Content-Length", "Location"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        FilterRegistrationBean<CorsFilter> bean = new FilterRegistrationBean<>(new CorsFilter(source));
        bean.setName("cors");
        bean.setOrder(FILTER_ORDER);
        return bean;
    }
}
