package com.brightloop.rollout.web;

import com.brightloop.rollout.flags.FlagSyncException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
public class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(FlagSyncException.class)
    public ResponseEntity<Map<String, Object>> handleFlagSync(FlagSyncException ex) {
        log.error("Feature flag sync failed: {}", ex.getMessage());
        Map<String, Object> body = Map.of("error", "flag_sync_failed", "upstreamStatus", ex.getUpstreamStatus(), "detail", ex.getMessage());
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(body);
    }

    @ExceptionHandler(IllegalStateException.class)
    public ResponseEntity<Map<String, Object>> handleMisconfiguration(IllegalStateException ex) {
        log.warn("Rollout service misconfigured: {}", ex.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("error", "misconfigured"));
    }
}
