package com.acme.flags.api.web;

import com.acme.flags.core.support.PostHogKeyRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(PostHogKeyRejectedException.class)
    public ProblemDetail keyRejected(PostHogKeyRejectedException ex) {
        log.warn("PostHog refused credentials of tenant {}", ex.getTenantSlug(), ex);
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, ex.getMessage());
    }
}
