package com.northwind.portal.web;

import com.northwind.portal.analytics.FlagEvaluationException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Map;

@RestControllerAdvice
public class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(FlagEvaluationException.class)
    public ResponseEntity<Map<String, Object>> onFlagFailure(FlagEvaluationException ex, HttpServletRequest request) {
        log.error("Feature flag failure on {}: {}", request.getRequestURI(), ex.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(Map.of("error", "feature_flags_unavailable", "flag", ex.getFlagKey()));
    }
}
