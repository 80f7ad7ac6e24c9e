package io.lumenrail.flags.web;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.lumenrail.flags.service.PostHogApiException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LogManager.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(PostHogApiException.class)
    public ProblemDetail handlePostHogFailure(PostHogApiException ex) {
        log.error("PostHog call failed with status {}: {}", ex.getStatus(), ex.getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, ex.getMessage());
    }

    @ExceptionHandler(CallNotPermittedException.class)
    public ProblemDetail handleOpenCircuit(CallNotPermittedException ex) {
        log.warn("Rejected by circuit breaker {}", ex.getCausingCircuitBreakerName());
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "Feature flags are temporarily unavailable");
    }
}
