package org.policykg.serve.upload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.policykg.serve.ReadOnlyReplica;
import org.policykg.serve.ServeConfig;
import org.policykg.serve.api.Cors;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Guards {@code /api/documents} before the body is read: on a read-only replica every upload is
 * forbidden (403, token or not); with no admin token configured the route does not exist (404); without {@code Authorization: Bearer <token>} matching it, 401; a declared
 * body larger than the upload limit, 413.
 */
@Configuration(proxyBeanMethods = false)
public class UploadGate {
    public static final String PATH = "/api/documents";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> uploadGateFilter(ServeConfig config, ReadOnlyReplica replica) {
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(new Gate(config, replica.on()));
        bean.setName("uploadGate");
        bean.setUrlPatterns(List.of(PATH, PATH + "/*"));
        bean.setOrder(Cors.FILTER_ORDER + 5);
        return bean;
    }

    static final class Gate extends OncePerRequestFilter {
        private final ServeConfig config;
        private final boolean readOnly;

        Gate(ServeConfig config, boolean readOnly) {
            this.config = config;
            this.readOnly = readOnly;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (readOnly) {
                drain(request);
                refuse(response, HttpStatus.FORBIDDEN, ReadOnlyReplica.REFUSAL);
                return;
            }
            var token = config.token();
            if (token.isEmpty()) {
                drain(request);
                refuse(response, HttpStatus.NOT_FOUND, "uploads are off: the server was started without POLICYKG_ADMIN_TOKEN");
                return;
            }
            if (!authorized(request.getHeader(HttpHeaders.AUTHORIZATION), token.get())) {
                drain(request);
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"policykg\"");
                refuse(response, HttpStatus.UNAUTHORIZED, "a valid 'Authorization: Bearer <POLICYKG_ADMIN_TOKEN>' header is required");
                return;
            }
            long declared = request.getContentLengthLong();
            if (declared > config.maxUploadBytes() + 64 * 1024) {
                refuse(response, HttpStatus.CONTENT_TOO_LARGE, "upload larger than the limit of " + config.maxUploadBytes() + " bytes");
                return;
            }
            chain.doFilter(request, response);
        }

        /**
         * Reads (and drops) a body of up to the upload limit before refusing it: a client still sending
         * its file when the answer comes and the connection closes sees a broken connection instead of
         * the 401 or 404. A larger body is not read; its connection is closed.
         */
        private void drain(HttpServletRequest request) throws IOException {
            long limit = config.maxUploadBytes() + 64 * 1024;
            if (request.getContentLengthLong() > limit) {
                return;
            }
            try (var in = request.getInputStream()) {
                byte[] buffer = new byte[64 * 1024];
                long read = 0;
                for (int n; read <= limit && (n = in.read(buffer)) >= 0;) {
                    read += n;
                }
            }
        }

        private static boolean authorized(String header, String token) {
            if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return false;
            }
            byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
            return MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8));
        }

        private static void refuse(HttpServletResponse response, HttpStatus status, String message) throws IOException {
            response.setStatus(status.value());
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"status\":" + status.value() + ",\"error\":\"" + message.replace("\"", "\\\"") + "\"}");
        }
    }
}
