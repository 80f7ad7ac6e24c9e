package com.northwind.flags.adapter.in.web;

import com.northwind.flags.adapter.out.posthog.PostHogApiException;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

@Slf4j
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final URI PROVIDER_PROBLEM = URI.create("https://errors.northwind.dev/flags/provider");

    @ExceptionHandler(PostHogApiException.class)
    public ResponseEntity<ProblemDetail> handleProviderFailure(PostHogApiException ex) {
        log.error("PostHog call failed: {}", ex.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, ex.getMessage());
        problem.setType(PROVIDER_PROBLEM);
        problem.setTitle("Feature flag provider unavailable");
        problem.setProperty("upstreamStatus", ex.getStatusCode());
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(problem);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    public ProblemDetail handleMissingParameter(MissingServletRequestParameterException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Missing request parameter '" + ex.getParameterName() + "'");
    }
}
