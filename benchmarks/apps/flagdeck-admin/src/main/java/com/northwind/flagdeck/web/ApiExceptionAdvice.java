package com.northwind.flagdeck.web;

import java.util.Map;

import com.northwind.flagdeck.service.FlagAdminService.PostHogApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
public class ApiExceptionAdvice {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionAdvice.class);

    @ExceptionHandler(PostHogApiException.class)
    public ResponseEntity<Map<String, String>> handlePostHog(PostHogApiException ex) {
        log.error("PostHog API call failed", ex);
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(Map.of("error", "posthog_unavailable", "detail", ex.getMessage()));
    }

    @ExceptionHandler(IllegalStateException.class)
    public ResponseEntity<Map<String, String>> handleMisconfiguration(IllegalStateException ex) {
        log.warn("Configuration problem: {}", ex.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("error", "misconfigured", "detail", ex.getMessage()));
    }
}
