package org.policykg.serve.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.query.QueryCancelledException;
import org.policykg.serve.ServeConfig;
import org.policykg.serve.admission.ExecutionSlots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Every API error as {@code {"status": …, "error": "…"}} with the message that names the problem. */
@RestControllerAdvice(basePackages = {"org.policykg.serve.api", "org.policykg.serve.upload"})
public class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
    private final ServeConfig config;

    public ApiErrors(ServeConfig config) {
        this.config = config;
    }

    public static ResponseEntity<Map<String, Object>> body(HttpStatus status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", message);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Map<String, Object>> refused(ApiException e) {
        return body(e.status(), e.getMessage());
    }

    /** 429 for a client beyond its share, 503 with no slot to be had: either way, when to come back. */
    @ExceptionHandler(ExecutionSlots.Refused.class)
    ResponseEntity<Map<String, Object>> notAdmitted(ExecutionSlots.Refused e) {
        ResponseEntity<Map<String, Object>> body = body(HttpStatus.valueOf(e.status()), e.getMessage());
        return ResponseEntity.status(body.getStatusCode()).contentType(MediaType.APPLICATION_JSON)
                .header("Retry-After", Long.toString(e.retryAfterSeconds())).body(body.getBody());
    }

    @ExceptionHandler(QueryCancelledException.class)
    ResponseEntity<Map<String, Object>> timedOut(QueryCancelledException e) {
        return body(HttpStatus.SERVICE_UNAVAILABLE,
                "query cancelled: it ran longer than the limit of " + config.queryTimeout().toMillis() + " ms");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        return body(HttpStatus.CONTENT_TOO_LARGE, "upload larger than the limit of " + config.maxUploadBytes() + " bytes");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException e) {
        return body(HttpStatus.BAD_REQUEST, "multipart field '" + e.getRequestPartName() + "' is missing");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> badMultipart(MultipartException e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String text = String.valueOf(root.getMessage()).toLowerCase();
        if (text.contains("size") && (text.contains("exceed") || text.contains("too large") || text.contains("max"))) {
            return tooLarge(new MaxUploadSizeExceededException(config.maxUploadBytes(), e));
        }
        return body(HttpStatus.BAD_REQUEST, "not a valid multipart/form-data request: " + root.getMessage());
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Map<String, Object>> internal(RuntimeException e) {
        LOG.error("request failed", e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, "internal error: " + e.getMessage());
    }
}
