package io.acme.phconnect.api;

import io.acme.phconnect.posthog.PostHogApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.time.Instant;

@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    public record ErrorBody(String code, String message, Instant timestamp) {
    }

    @ExceptionHandler(PostHogApiException.class)
    public ResponseEntity<ErrorBody> onPostHogError(PostHogApiException ex) {
        String safeMessage = ex.getMessage().replaceAll("pha_[A-Za-z0-9]+", "pha_<redacted>");
        log.warn("PostHog API call failed with {}: {}", ex.getStatusCode(), safeMessage);
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY)
                .body(new ErrorBody("posthog_error", ex.getMessage(), Instant.now()));
    }

    @ExceptionHandler(ClientAuthorizationRequiredException.class)
    public ResponseEntity<ErrorBody> onReauthorize(ClientAuthorizationRequiredException ex) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(new ErrorBody("reconnect_required", "Reconnect your PostHog organisation", Instant.now()));
    }
}
