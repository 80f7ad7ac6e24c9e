package com.harbourline.flagrelay.web;

import com.harbourline.flagrelay.client.PostHogApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
public class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(PostHogApiException.class)
    public ProblemDetail postHogUnavailable(PostHogApiException ex) {
        log.warn("Upstream PostHog failure: {}", ex.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY,
                "Feature flag backend is unavailable, try again later");
        problem.setProperty("upstreamStatus", ex.getStatus());
        return problem;
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    public ProblemDetail missingHeader(MissingRequestHeaderException ex) {
        log.debug("Rejected admin call without {} header", ex.getHeaderName());
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Missing " + ex.getHeaderName());
    }
}
