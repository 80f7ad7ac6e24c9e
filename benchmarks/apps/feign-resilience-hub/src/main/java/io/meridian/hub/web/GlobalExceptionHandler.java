package io.meridian.hub.web;

import feign.FeignException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.meridian.hub.client.FlagsApiException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
public class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(FlagsApiException.class)
    public ProblemDetail handleFlagsApi(FlagsApiException ex) {
        log.warn("PostHog API error, upstream status={}", ex.getStatus());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, ex.getMessage());
        problem.setType(URI.create("https://hub.meridian.io/problems/posthog-upstream"));
        problem.setProperty("upstreamStatus", ex.getStatus());
        return problem;
    }

    @ExceptionHandler(CallNotPermittedException.class)
    public ProblemDetail handleOpenCircuit(CallNotPermittedException ex) {
        log.warn("Circuit {} is open", ex.getCausingCircuitBreakerName());
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "PostHog temporarily unavailable");
    }

    @ExceptionHandler(FeignException.class)
    public ProblemDetail handleFeign(FeignException ex) {
        log.warn("Upstream call failed with status {}", ex.status());
        return ProblemDetail.forStatus(HttpStatus.BAD_GATEWAY);
    }
}
