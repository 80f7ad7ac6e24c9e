package com.northwind.flagsync.web;

import com.northwind.flagsync.service.PostHogFlagService.FlagSyncException;
import feign.FeignException;
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
    public ProblemDetail onFlagSyncFailure(FlagSyncException ex) {
        log.warn("flag sync failed: {}", ex.getClass().getSimpleName());
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, ex.getMessage());
    }

    @ExceptionHandler(FeignException.class)
    public ProblemDetail onUpstreamFailure(FeignException ex) {
        log.warn("upstream {} answered {}", ex.request().url(), ex.status());
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, "Upstream service unavailable");
    }
}
