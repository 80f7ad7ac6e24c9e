package io.ledgerly.billing.web;

import io.ledgerly.billing.posthog.PostHogAdminClient.PostHogUpstreamException;
import java.time.Instant;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@Slf4j
@RestControllerAdvice
public class ApiExceptionHandler {

  public record ApiError(String code, String message, Instant at) {}

  @ExceptionHandler(PostHogUpstreamException.class)
  public ResponseEntity<ApiError> posthogUpstream(PostHogUpstreamException ex) {
    log.warn("PostHog upstream failure: {}", ex.getClass().getSimpleName());
    return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(new ApiError("POSTHOG_UPSTREAM", ex.getMessage(), Instant.now()));
  }

  @ExceptionHandler(AccessDeniedException.class)
  public ResponseEntity<ApiError> accessDenied(AccessDeniedException ex) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ApiError("FORBIDDEN", "You cannot access this resource", Instant.now()));
  }

  @ExceptionHandler(IllegalArgumentException.class)
  public ResponseEntity<ApiError> badRequest(IllegalArgumentException ex) {
    return ResponseEntity.badRequest().body(new ApiError("BAD_REQUEST", ex.getMessage(), Instant.now()));
  }
}
