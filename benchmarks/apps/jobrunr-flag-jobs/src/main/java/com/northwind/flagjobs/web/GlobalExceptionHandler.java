package com.northwind.flagjobs.web;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.northwind.flagjobs.posthog.FlagSyncException;

@RestControllerAdvice
public class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    public record ApiError(String code, String message, Instant at) {
    }

    @ExceptionHandler(FlagSyncException.class)
    public ResponseEntity<ApiError> handleFlagSync(FlagSyncException ex) {
        log.warn("Flag sync preview failed for project {}", ex.getProjectId());
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(new ApiError("flag_sync_failed", ex.getMessage(), Instant.now()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public ResponseEntity<ApiError> handleBadRequest(IllegalArgumentException ex) {
        return ResponseEntity.badRequest().body(new ApiError("bad_request", "Invalid request", Instant.now()));
    }
}
