package com.northwind.rollout.web;

import feign.FeignException;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice(assignableTypes = {ClientConfigController.class, RolloutWebhookController.class})
@Slf4j
public class ApiExceptionHandler {

    @ExceptionHandler(FeignException.class)
    public ProblemDetail onPostHogFailure(FeignException ex) {
        log.warn("PostHog API call failed with HTTP {}", ex.status());
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_GATEWAY);
        problem.setTitle("PostHog API unavailable");
        problem.setProperty("upstreamStatus", ex.status());
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public ProblemDetail onBadRequest(IllegalArgumentException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
    }

    @ExceptionHandler(IllegalStateException.class)
    public ProblemDetail onUnavailable(IllegalStateException ex) {
        log.warn("Flag evaluation unavailable ({})", ex.getCause() != null ? ex.getCause().getClass().getSimpleName() : "no cause");
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
    }
}
