package com.acme.flagadmin.web;

import com.acme.flagadmin.client.PostHogApiException;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@Slf4j
@RestControllerAdvice
public class GlobalExceptionHandler {

    @ExceptionHandler(PostHogApiException.class)
    public ResponseEntity<ApiError> handlePostHogFailure(PostHogApiException ex) {
        log.error("PostHog admin API failure: {}", ex.getMessage());
        HttpStatus status = ex.getStatus() == 401 || ex.getStatus() == 403
                ? HttpStatus.BAD_GATEWAY
                : HttpStatus.SERVICE_UNAVAILABLE;
        return ResponseEntity.status(status)
                .body(new ApiError("POSTHOG_UPSTREAM_ERROR", ex.getMessage(), ex.getStatus()));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    public ResponseEntity<ApiError> handleMissingHeader(MissingRequestHeaderException ex) {
        log.warn("Rejected admin request without {} header", HttpHeaders.AUTHORIZATION);
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(new ApiError("MISSING_HEADER", "Required header " + ex.getHeaderName() + " is missing", 0));
    }

    public record ApiError(String code, String message, int upstreamStatus) {
    }
}
