package com.brightfjord.flagsync.web;

import com.brightfjord.flagsync.exception.PostHogSyncException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(PostHogSyncException.class)
    public ProblemDetail handleSync(PostHogSyncException ex, HttpServletRequest request) {
        log.warn("PostHog sync failed on {}: {}", request.getRequestURI(), ex.getMessage());
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_GATEWAY);
        problem.setTitle("PostHog is unavailable");
        problem.setDetail("Flag data could not be refreshed (upstream status " + ex.getStatusCode() + ")");
        return problem;
    }

    @ExceptionHandler(Exception.class)
    public ProblemDetail handleOther(Exception ex, HttpServletRequest request) {
        boolean hadAuthorization = request.getHeader("Authorization") != null;
        log.error("Unhandled error on {} (authorization header present: {})",
                request.getRequestURI(), hadAuthorization, ex);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error");
    }
}
