package com.harborline.flaggateway.web;

import com.harborline.flaggateway.posthog.FlagEvaluationException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@Slf4j
@RestControllerAdvice
public class GlobalErrorHandler {

    @ExceptionHandler(FlagEvaluationException.class)
    public Mono<ResponseEntity<ProblemDetail>> handleFlagEvaluation(FlagEvaluationException ex, ServerWebExchange exchange) {
        log.warn("Flag evaluation failed on {}: {}", exchange.getRequest().getPath(), ex.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, ex.getMessage());
        problem.setTitle("Feature flag evaluation failed");
        problem.setProperty("upstreamStatus", ex.getUpstreamStatus().value());
        return Mono.just(ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(problem));
    }

    @ExceptionHandler(CallNotPermittedException.class)
    public Mono<ResponseEntity<ProblemDetail>> handleOpenCircuit(CallNotPermittedException ex) {
        log.info("Short-circuited by breaker '{}'", ex.getCausingCircuitBreakerName());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Feature flags are temporarily unavailable");
        return Mono.just(ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "15")
                .body(problem));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public Mono<ResponseEntity<ProblemDetail>> handleBadRule(IllegalArgumentException ex) {
        return Mono.just(ResponseEntity.badRequest()
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage())));
    }
}
