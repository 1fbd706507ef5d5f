package org.policykg.serve.api;

import org.springframework.http.HttpStatus;

/** A request the API refuses, with the status to answer and a message naming what was wrong. */
public class ApiException extends RuntimeException {
    private final HttpStatus status;

    public ApiException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
