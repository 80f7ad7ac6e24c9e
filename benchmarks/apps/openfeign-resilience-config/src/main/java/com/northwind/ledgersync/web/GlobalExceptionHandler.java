package com.northwind.ledgersync.web;

import com.northwind.ledgersync.exception.UpstreamAuthException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
public class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(UpstreamAuthException.class)
    public ProblemDetail handleUpstreamAuth(UpstreamAuthException ex) {
        log.error("Upstream authentication failure: {}", ex.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY,
                "The partner ledger rejected this service's credentials");
        problem.setProperty("upstreamStatus", ex.getUpstreamStatus());
        return problem;
    }

    @ExceptionHandler(CallNotPermittedException.class)
    public ProblemDetail handleOpenCircuit(CallNotPermittedException ex) {
        log.warn("Circuit open: {}", ex.getCausingCircuitBreakerName());
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE);
        problem.setDetail("Upstream temporarily unavailable, retry later");
        return problem;
    }
}
