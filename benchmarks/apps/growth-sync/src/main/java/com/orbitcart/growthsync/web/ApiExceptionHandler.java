package com.orbitcart.growthsync.web;

import com.orbitcart.growthsync.sync.PostHogSyncException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(PostHogSyncException.class)
    public ResponseEntity<ErrorBody> onSyncFailure(PostHogSyncException ex, HttpServletRequest request) {
        log.warn("PostHog sync failed while serving {}", request.getRequestURI());
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(ErrorBody.of("posthog_sync_failed", ex.getMessage()));
    }

    @ExceptionHandler(BadCredentialsException.class)
    public ResponseEntity<ErrorBody> onBadCredentials(BadCredentialsException ex) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(ErrorBody.of("bad_credentials", "Invalid username or password"));
    }

    @ExceptionHandler(IllegalStateException.class)
    public ResponseEntity<ErrorBody> onIllegalState(IllegalStateException ex) {
        log.error("Unexpected state", ex);
        return ResponseEntity.internalServerError().body(ErrorBody.of("internal_error", "Something went wrong"));
    }
}
