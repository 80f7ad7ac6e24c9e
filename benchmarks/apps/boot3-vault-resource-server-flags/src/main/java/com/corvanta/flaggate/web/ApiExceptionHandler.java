package com.corvanta.flaggate.web;

import com.corvanta.flaggate.config.PostHogKeys;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.client.RestClientResponseException;

@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(RestClientResponseException.class)
    public ProblemDetail upstreamFailure(RestClientResponseException ex, HttpServletRequest request) {
        String callerAuth = request.getHeader(PostHogKeys.AUTH_HEADER);
        log.error("PostHog call failed with {} while serving {} (caller credentials: {})",
                ex.getStatusCode(), request.getRequestURI(), callerAuth);
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_GATEWAY);
        problem.setTitle("PostHog is unavailable");
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ProblemDetail accessDenied(AccessDeniedException ex, HttpServletRequest request) {
        String sessionId = request.getRequestedSessionId();
        log.warn("Access denied on {} {} for session {}", request.getMethod(), request.getRequestURI(), sessionId);
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Flag administration requires ROLE_FLAG_ADMIN");
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    public ProblemDetail missingHeader(MissingRequestHeaderException ex) {
        log.info("Rejected request without {} header ({})", PostHogKeys.AUTH_HEADER, ex.getHeaderName());
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Missing header " + ex.getHeaderName());
    }
}
