package io.lumenhq.growth.shared.web;

import java.net.URI;
import java.time.Instant;

import io.lumenhq.growth.analytics.PostHogApiException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private static final URI UPSTREAM_TYPE = URI.create("https://docs.lumenhq.io/problems/analytics-upstream");

    @ExceptionHandler(PostHogApiException.class)
    ProblemDetail handlePostHog(PostHogApiException ex, HttpServletRequest request) {
        log.error("PostHog call failed for {} {}", request.getMethod(), request.getRequestURI(), ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, ex.getMessage());
        problem.setType(UPSTREAM_TYPE);
        problem.setTitle("Analytics provider unavailable");
        problem.setProperty("upstreamStatus", ex.getUpstreamStatus().value());
        problem.setProperty("timestamp", Instant.now());
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail handleBadInput(IllegalArgumentException ex) {
        log.warn("Rejected request: {}", ex.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
        problem.setTitle("Invalid request");
        return problem;
    }
}
