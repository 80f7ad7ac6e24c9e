package io.tidewell.beacon.web;

import io.tidewell.beacon.flags.FlagDefinitionClient.FlagSyncException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
public class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(FlagSyncException.class)
    public ProblemDetail flagSyncFailed(FlagSyncException ex) {
        log.error("Manual flag resync failed: {}", ex.getMessage());
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_GATEWAY);
        problem.setTitle("PostHog flag sync failed");
        problem.setDetail(ex.getMessage());
        problem.setProperty("upstreamStatus", ex.status());
        return problem;
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    public ProblemDetail missingHeader(MissingRequestHeaderException ex) {
        log.warn("Request rejected, missing header {}", ex.getHeaderName());
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Missing header " + ex.getHeaderName());
    }
}
