package com.lumen.insights.web;

import com.lumen.insights.client.PostHogApiException;
import com.lumen.insights.config.VendorKeys;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final URI UPSTREAM_ERROR = URI.create("https://errors.lumen.dev/upstream-unavailable");

    @ExceptionHandler(PostHogApiException.class)
    public ProblemDetail handlePostHogFailure(PostHogApiException ex) {
        log.error("Upstream PostHog call failed: {}", ex.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, ex.getMessage());
        problem.setType(UPSTREAM_ERROR);
        problem.setTitle("Analytics provider unavailable");
        problem.setProperty("upstreamStatus", ex.upstreamStatus().value());
        return problem;
    }

    @ExceptionHandler(ResourceAccessException.class)
    public ProblemDetail handleTimeout(ResourceAccessException ex) {
        log.warn("Upstream I/O failure", ex);
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.GATEWAY_TIMEOUT);
        problem.setType(UPSTREAM_ERROR);
        problem.setTitle("Upstream timed out");
        return problem;
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    public ProblemDetail handleMissingHeader(MissingRequestHeaderException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "Send your key in the " + VendorKeys.API_KEY_HEADER + " header");
        problem.setProperty("header", ex.getHeaderName());
        return problem;
    }
}
