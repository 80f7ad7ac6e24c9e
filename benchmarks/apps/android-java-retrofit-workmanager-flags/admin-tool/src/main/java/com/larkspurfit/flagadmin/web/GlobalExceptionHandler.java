package com.larkspurfit.flagadmin.web;

import com.larkspurfit.flagadmin.service.FlagAdminException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
public class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    public record ErrorBody(String code, String message) {
    }

    @ExceptionHandler(FlagAdminException.class)
    public ResponseEntity<ErrorBody> handleFlagAdmin(FlagAdminException ex) {
        log.error("PostHog admin call failed: {}", ex.getMessage());
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY)
                .body(new ErrorBody("posthog_unavailable", "The PostHog request failed, try again later."));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public ResponseEntity<ErrorBody> handleBadRequest(IllegalArgumentException ex) {
        log.warn("Bad admin request: {}", ex.getMessage());
        return ResponseEntity.badRequest().body(new ErrorBody("bad_request", ex.getMessage()));
    }
}
