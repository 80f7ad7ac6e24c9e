package com.northwind.flagrouter.web;

import com.northwind.flagrouter.flags.FlagSyncException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
public class ApiErrorHandler {

    private static final URI FLAG_SYNC_PROBLEM = URI.create("https://errors.northwind.internal/flag-sync");

    @ExceptionHandler(FlagSyncException.class)
    public ProblemDetail flagSyncFailed(FlagSyncException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, ex.getMessage());
        problem.setType(FLAG_SYNC_PROBLEM);
        problem.setTitle("PostHog flag sync failed");
        problem.setProperty("retryable", true);
        return problem;
    }
}
