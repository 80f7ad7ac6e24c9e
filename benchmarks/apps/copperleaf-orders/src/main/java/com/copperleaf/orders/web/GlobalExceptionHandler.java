package com.copperleaf.orders.web;

import com.copperleaf.orders.service.FlagSyncException;
import feign.FeignException;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

@Slf4j
@ControllerAdvice
public class GlobalExceptionHandler {

    @ExceptionHandler(FlagSyncException.class)
    public ResponseEntity<Map<String, Object>> onFlagSync(FlagSyncException ex) {
        log.error(ex.getMessage());
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY)
                .body(Map.of("error", "flag_sync_failed", "detail", ex.getMessage()));
    }

    @ExceptionHandler(FeignException.class)
    public ResponseEntity<Map<String, Object>> onUpstream(FeignException ex) {
        log.warn("Upstream call failed with HTTP {}", ex.status());
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(Map.of("error", "upstream_unavailable"));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ResponseEntity<Map<String, Object>> onInvalid(MethodArgumentNotValidException ex) {
        return ResponseEntity.badRequest().body(Map.of("error", "invalid_request",
                "fields", ex.getBindingResult().getFieldErrors().stream().map(f -> f.getField()).toList()));
    }
}
