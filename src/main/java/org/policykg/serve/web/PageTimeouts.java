package org.policykg.serve.web;

import org.apache.jena.query.QueryCancelledException;
import org.policykg.serve.ServeConfig;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page whose query ran past the time limit (a busy machine) is answered 503 with Retry-After, as the
 * endpoint answers a cut query: the server is busy, not broken (it was a 500).
 */
@ControllerAdvice(basePackages = "org.policykg.serve.web")
public class PageTimeouts {
    private final ServeConfig config;

    public PageTimeouts(ServeConfig config) {
        this.config = config;
    }

    @ExceptionHandler(QueryCancelledException.class)
    ModelAndView cut(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Retry-After", Long.toString(Math.max(1, config.queryTimeout().toSeconds())));
        ModelAndView page = new ModelAndView("error", HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("status", 503);
        page.addObject("message", "服务器繁忙，请稍后再试。The server is busy: this page's query ran longer than "
                + config.queryTimeout().toMillis() + " ms. Try again in a moment.");
        page.addObject("path", request.getRequestURI());
        return page;
    }
}
