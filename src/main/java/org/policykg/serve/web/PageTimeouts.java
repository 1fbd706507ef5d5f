package org.policykg.serve.web;

import java.nio.charset.StandardCharsets;

import org.apache.jena.query.QueryCancelledException;
import org.policykg.serve.ServeConfig;
import org.policykg.serve.admission.ExecutionSlots;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page whose query ran past the time limit (a busy machine) is answered 503 with Retry-After, as the
 * endpoint answers a cut query: the server is busy, not broken (it was a 500). So is a page whose query
 * was not admitted: 429 to a client running its share of queries already, 503 with no slot free.
 */
@ControllerAdvice(basePackages = "org.policykg.serve.web")
public class PageTimeouts {
    private final ServeConfig config;

    public PageTimeouts(ServeConfig config) {
        this.config = config;
    }

    /** The plain page, not the template: under load a refusal must cost less than the question it refuses. */
    @ExceptionHandler(ExecutionSlots.Refused.class)
    ResponseEntity<String> notAdmitted(ExecutionSlots.Refused e) {
        String heading = e.status() == 429 ? "查询过多 Too many queries" : "服务器繁忙 Busy";
        String why = e.status() == 429 ? "您的地址同时运行的查询过多，请稍后再试。" : "服务器繁忙，请稍后再试。";
        return ResponseEntity.status(e.status()).header("Retry-After", Long.toString(e.retryAfterSeconds()))
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(PlainErrorPages.page("UTF-8", e.status(), heading, why + " " + e.getMessage()));
    }

    @ExceptionHandler(QueryCancelledException.class)
    ModelAndView cut(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Retry-After", Long.toString(Math.max(1, config.queryTimeout().toSeconds())));
        return errorPage(503, "服务器繁忙，请稍后再试。The server is busy: this page's query ran longer than "
                + config.queryTimeout().toMillis() + " ms. Try again in a moment.", request);
    }

    private static ModelAndView errorPage(int status, String message, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("error", HttpStatus.valueOf(status));
        page.addObject("status", status);
        page.addObject("message", message);
        page.addObject("path", request.getRequestURI());
        return page;
    }
}
