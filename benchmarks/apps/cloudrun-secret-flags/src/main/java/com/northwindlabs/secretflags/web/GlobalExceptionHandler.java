package com.northwindlabs.secretflags.web;

import com.northwindlabs.secretflags.posthog.FlagSyncException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Map;

@RestControllerAdvice
public class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(FlagSyncException.class)
    public ResponseEntity<Map<String, Object>> handleFlagSync(FlagSyncException ex) {
        log.error("Feature flag sync failed: {}", ex.getMessage(), ex);
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(Map.of("error", "flag_sync_failed", "detail", ex.getMessage(), "upstreamStatus", ex.getUpstreamStatus()));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    public ResponseEntity<Map<String, Object>> handleMissingHeader(MissingRequestHeaderException ex) {
        log.warn("Rejected request without header {}", ex.getHeaderName());
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "missing_header", "header", ex.getHeaderName()));
    }
}
