package com.northwind.inventory.web;

import com.northwind.inventory.service.FeatureFlagService.FlagSyncException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
public class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(FlagSyncException.class)
    public ProblemDetail handleFlagSync(FlagSyncException ex) {
        log.error("Feature flag sync failed (upstream status {}): {}", ex.getStatus(), ex.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY,
                "Feature flag definitions could not be synchronised");
        problem.setProperty("upstreamStatus", ex.getStatus());
        return problem;
    }
}
